package vn.trienkhai.security;

import java.lang.reflect.Field;

/**
 * Reads a field of an engine command. The engine keeps a command's arguments (the task id, the
 * variables) in protected fields without getters; they are what the user sent.
 */
final class CommandFields {

    private CommandFields() {
    }

    @SuppressWarnings("unchecked")
    static <T> T read(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return (T) field.get(command);
            } catch (NoSuchFieldException next) {
                // declared higher up
            } catch (IllegalAccessException exception) {
                throw new IllegalStateException("Cannot read " + name + " of " + command.getClass(), exception);
            }
        }
        throw new IllegalStateException("No field " + name + " in " + command.getClass());
    }
}
