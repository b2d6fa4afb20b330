package org.thermolearn.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short, library-free reasons for Jackson's parse errors: no class or feature names, no source excerpts, one line.
 * Stateless and thread-safe.
 */
final class JsonErrors {
    private static final Pattern LIMIT = Pattern.compile(
            "(?i)(document nesting depth|number value length|string value length|name length)\\D*\\((\\d+)\\)"
                    + "\\D*\\((\\d+)");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private JsonErrors() {
    }

    /** The reason for {@code e} in a few plain words. */
    static String reason(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        Matcher limit = LIMIT.matcher(m);
        if (limit.find()) {
            return limit.group(1).toLowerCase(Locale.ROOT) + " " + limit.group(2) + " exceeds the limit of "
                    + limit.group(3);
        }
        if (m.startsWith("Trailing token")) {
            return "unexpected content after the end of the document";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            String lower = m.toLowerCase(Locale.ROOT);
            return "the file ends early" + (lower.contains("array") ? ", inside an array"
                    : lower.contains("object") ? ", inside an object" : lower.contains("string") ? ", inside a string"
                    : "");
        }
        if (m.startsWith("Duplicate field")) {
            return "duplicate key " + quoted(m);
        }
        if (m.startsWith("Non-standard token")) {
            return "non-standard number " + quoted(m)
                    + " (write infinities as the strings \"Infinity\" and \"-Infinity\"; NaN is never valid)";
        }
        if (m.startsWith("Unrecognized token")) {
            return "unrecognized token " + quoted(m) + ": expected a string, number, array, object, true, false or null";
        }
        return plain(m);
    }

    private static String quoted(String m) {
        Matcher q = QUOTED.matcher(m);
        return q.find() ? "'" + q.group(1) + "'" : "";
    }

    /** Drops source excerpts, code points and anything naming a Java type or feature. */
    private static String plain(String m) {
        String s = m;
        int src = s.indexOf("[Source");
        if (src >= 0) {
            int open = s.lastIndexOf('(', src);
            s = s.substring(0, open >= 0 ? open : src);
        }
        s = s.replaceAll(" \\(code -?\\d+\\)", "");
        int tick = s.indexOf('`');
        if (tick >= 0) {
            int cut = s.lastIndexOf(':', tick);
            s = s.substring(0, cut >= 0 ? cut : tick);
        }
        s = s.strip();
        if (s.isEmpty()) {
            return "malformed JSON";
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
