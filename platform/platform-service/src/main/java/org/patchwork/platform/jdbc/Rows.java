package org.patchwork.platform.jdbc;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps each row to a record: a component {@code familyName} takes the column {@code family_name} (or
 * {@code familyName}, any case); a component without a column is {@code null} (or a primitive's default).
 * Values are converted as {@link org.springframework.jdbc.core.SimplePropertyRowMapper} converts them, and an
 * SQL array becomes the component's array or collection type.
 * <p>
 * Use {@code jdbc.sql(...).query(Rows.of(Client.class))} instead of {@code query(Client.class)}: Spring's mapper
 * asks the driver for the column {@code familyName} first, and PostgreSQL's driver answers a missing column with
 * an exception (message formatted, stack filled) for every such component of every row, which was a seventh of a
 * busy service's CPU time. This one reads the result's column names once and maps by position, and reads an
 * {@link Instant} without the driver's exception for that type.
 */
public final class Rows<T extends Record> implements RowMapper<T> {

    private static final ConversionService CONVERSION = DefaultConversionService.getSharedInstance();

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private final Class<T> type;
    private final Shape shape;
    /** For each component, its column (1-based) in the current result, or 0 when the result has none. */
    private int[] columns;
    private ResultSet resolvedFor;

    private Rows(Class<T> type) {
        this.type = type;
        this.shape = SHAPES.get(type);
    }

    /** A mapper for one query's rows (it remembers that result's columns, so make one per query). */
    public static <T extends Record> Rows<T> of(Class<T> type) {
        return new Rows<>(type);
    }

    @Override
    public T mapRow(ResultSet rs, int rowNum) throws SQLException {
        if (rs != resolvedFor) {
            columns = shape.columnsIn(rs.getMetaData());
            resolvedFor = rs;
        }
        Object[] arguments = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] > 0) {
                TypeDescriptor target = shape.types[i];
                // An Instant is read as the timestamp Spring would fall back to: PostgreSQL's driver refuses
                // getObject(column, Instant.class) with an exception, and Spring asks that first.
                Object value = target.getType() == Instant.class ? rs.getTimestamp(columns[i])
                        : JdbcUtils.getResultSetValue(rs, columns[i], target.getType());
                if (value instanceof Array array) {
                    value = array.getArray();
                }
                arguments[i] = value == null ? null : CONVERSION.convert(value, target);
            }
        }
        return type.cast(BeanUtils.instantiateClass(shape.constructor, arguments));
    }

    /** What a record needs: its canonical constructor, each component's type and the column names it takes. */
    private record Shape(Constructor<?> constructor, TypeDescriptor[] types, String[] names, String[] underscored) {

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                throw new IllegalArgumentException(type + " is not a record");
            }
            Class<?>[] parameterTypes = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                parameterTypes[i] = components[i].getType();
            }
            Constructor<?> constructor;
            try {
                constructor = type.getDeclaredConstructor(parameterTypes);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(type + " has no canonical constructor", e);
            }
            TypeDescriptor[] types = new TypeDescriptor[components.length];
            String[] names = new String[components.length];
            String[] underscored = new String[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = new TypeDescriptor(new MethodParameter(constructor, i));
                names[i] = components[i].getName().toLowerCase(Locale.ROOT);
                underscored[i] = JdbcUtils.convertPropertyNameToUnderscoreName(components[i].getName());
            }
            return new Shape(constructor, types, names, underscored);
        }

        int[] columnsIn(ResultSetMetaData metaData) throws SQLException {
            Map<String, Integer> byName = new HashMap<>();
            for (int column = metaData.getColumnCount(); column >= 1; column--) {
                // the first column of a name wins, as with ResultSet.findColumn
                byName.put(JdbcUtils.lookupColumnName(metaData, column).toLowerCase(Locale.ROOT), column);
            }
            int[] columns = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                columns[i] = byName.getOrDefault(names[i], byName.getOrDefault(underscored[i], 0));
            }
            return columns;
        }
    }
}
