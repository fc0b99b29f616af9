package org.tongxin.studyhall.domain;

import java.lang.reflect.Field;

/** Gives test entities the id the database would. */
final class Ids {

    private static long next = 1;

    private Ids() {}

    static <T> T assign(T entity) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, next++);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
