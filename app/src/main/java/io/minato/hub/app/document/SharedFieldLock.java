package io.minato.hub.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.document.SharedFields.SharedField;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.support.ApiException.FieldProblem;
import io.minato.hub.mappings.document.DocumentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * 編集ロック: once a trigger document of a deal (S/I, booking confirmation, B/L, sea waybill, arrival
 * notice) is sent, the fields it shares with the deal's documents keep the value it was sent with. The
 * first-sent trigger carrying a field decides; a change to that value is refused with 409 naming each
 * field, the trigger and when it was sent.
 */
@Component
class SharedFieldLock {

    private final SharedFields shared;
    private final DocumentMapper documents;
    private final ObjectMapper mapper;

    SharedFieldLock(SharedFields shared, DocumentMapper documents, ObjectMapper mapper) {
        this.shared = shared;
        this.documents = documents;
        this.mapper = mapper;
    }

    /** @throws ApiException 409 when {@code after} changes a locked field of {@code document} */
    void check(DocumentRow document, JsonNode before, JsonNode after) {
        DocumentType type = DocumentType.valueOf(document.type());
        List<SharedField> fields = shared.fieldsOf(type);
        if (fields.isEmpty()) {
            return;
        }
        List<DocumentRow> triggers = documents.findSent(document.dealId(),
                shared.triggers().stream().map(Enum::name).toArray(String[]::new));
        List<FieldProblem> problems = new ArrayList<>();
        for (SharedField field : fields) {
            String path = field.pathIn(type).orElseThrow();
            JsonNode value = after.at(path);
            if (FieldPaths.same(before.at(path), value)) {
                continue;
            }
            firstTriggerWith(field, triggers).ifPresent(trigger -> {
                JsonNode locked = trigger.id() == document.id() ? before.at(path)
                        : read(trigger).at(field.pathIn(DocumentType.valueOf(trigger.type())).orElseThrow());
                if (!FieldPaths.same(locked, value)) {
                    problems.add(problem(field, path, trigger, locked));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "document " + document.id() + " changes shared fields locked"
                    + " since documents they share were sent: " + problems.stream().map(FieldProblem::field).toList()
                    + " / 送信済みの帳票と共有する項目は変更できません", problems);
        }
    }

    private static Optional<DocumentRow> firstTriggerWith(SharedField field, List<DocumentRow> triggers) {
        return triggers.stream()
                .filter(trigger -> field.pathIn(DocumentType.valueOf(trigger.type())).isPresent())
                .findFirst();
    }

    private static FieldProblem problem(SharedField field, String path, DocumentRow trigger, JsonNode locked) {
        DocumentType type = DocumentType.valueOf(trigger.type());
        String value = locked.isMissingNode() || locked.isNull() ? "empty / 空" : locked.toString();
        return new FieldProblem(fieldName(path),
                "「" + field.ja() + "」は " + type + " " + type.japaneseName() + " (No. " + trigger.id() + ") が "
                        + trigger.sentAt() + " に送信されたためロックされています (値: " + value + ") / "
                        + field.en() + " is locked since " + type + " " + type.englishName() + " " + trigger.id()
                        + " was sent at " + trigger.sentAt() + " (value: " + value + ")");
    }

    /** {@code /goods/0/marks} → {@code fields.goods[0].marks}, as every other field error names it. */
    private static String fieldName(String pointer) {
        StringBuilder name = new StringBuilder("fields");
        for (String token : pointer.substring(1).split("/")) {
            name.append(token.chars().allMatch(Character::isDigit) ? "[" + token + "]" : "." + token);
        }
        return name.toString();
    }

    private JsonNode read(DocumentRow row) {
        try {
            return mapper.readTree(row.fields());
        } catch (IOException e) {
            throw new UncheckedIOException("stored fields of document " + row.id() + " are not JSON", e);
        }
    }
}
