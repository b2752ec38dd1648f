package app.relay.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Which fields of an input record a request sets or changes, for the field-rule checks on writes. */
public final class Records {
    private Records() {
    }

    /** Components with a value (not null, not an empty list or map). */
    public static List<String> provided(Record input) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : input.getClass().getRecordComponents()) {
            Object value = read(c, input);
            if (value != null && !(value instanceof Collection<?> list && list.isEmpty())
                    && !(value instanceof Map<?, ?> map && map.isEmpty())) {
                out.add(c.getName());
            }
        }
        return out;
    }

    /** Components whose value differs between two records of the same type. */
    public static List<String> changed(Record before, Record after) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : before.getClass().getRecordComponents()) {
            if (!Objects.equals(normal(read(c, before)), normal(read(c, after)))) {
                out.add(c.getName());
            }
        }
        return out;
    }

    /** An empty list or map and no value at all mean the same to a client. */
    private static Object normal(Object value) {
        if (value instanceof Collection<?> list && list.isEmpty() || value instanceof Map<?, ?> map && map.isEmpty()) {
            return null;
        }
        return value;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
