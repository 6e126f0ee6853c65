package io.minato.hub.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.http.ProblemDetail;

class ApiErrorsTest {

    @Test
    void aFailureOfTheHubIsAProblemWithAReferenceAndWithoutItsInternals() {
        ProblemDetail problem = new ApiErrors().onInternalFailure(
                new DataRetrievalFailureException("column secret_hash of relation api_keys"));

        assertThat(problem.getStatus()).isEqualTo(500);
        String reference = (String) problem.getProperties().get("reference");
        assertThat(reference).matches("[0-9a-f-]{36}");
        assertThat(problem.getDetail()).contains(reference, "参照番号").doesNotContain("secret_hash");
    }
}
