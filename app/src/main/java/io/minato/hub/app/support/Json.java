package io.minato.hub.app.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.mappings.support.MinatoException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** JSON for jsonb columns, with the application's ObjectMapper (dates as ISO text). */
@Component
public class Json {

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() { };

    private final ObjectMapper mapper;

    public Json(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new MinatoException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new MinatoException("stored JSON is not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public Map<String, String> readStringMap(String json) {
        return readTyped(json, STRING_MAP);
    }

    public List<String> readStringList(String json) {
        return readTyped(json, STRING_LIST);
    }

    private <T> T readTyped(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new MinatoException("stored JSON has an unexpected shape: " + e.getOriginalMessage(), e);
        }
    }
}
