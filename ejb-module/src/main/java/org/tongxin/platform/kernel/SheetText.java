package org.tongxin.platform.kernel;

/**
 * Text for a spreadsheet cell that a spreadsheet program will never take for a formula. A value that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written with a
 * leading apostrophe ({@code '=1+2}), as OWASP advises against formula injection (CSV/XLSX injection).
 * Every writer of {@code .xlsx} files uses {@link #cell(String)}; readers undo it with {@link #read(String)}.
 */
public final class SheetText {

    private SheetText() {}

    /** The text to write into a cell: the value, or the value behind an apostrophe when it could start a formula. */
    public static String cell(String value) {
        return value != null && risky(value) ? "'" + value : value;
    }

    /** The value a cell written by {@link #cell(String)} stands for: the apostrophe before a formula-like text removed. */
    public static String read(String value) {
        return value != null && value.length() > 1 && value.charAt(0) == '\'' && risky(value.substring(1))
                ? value.substring(1)
                : value;
    }

    private static boolean risky(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
