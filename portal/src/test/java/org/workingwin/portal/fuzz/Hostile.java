package org.workingwin.portal.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile values for the fuzz tests, drawn from a seeded {@link Random} so every run tries the same
 * inputs: query-language syntax (SQL, Lucene), strings over every limit, empty and blank text, unicode
 * (emoji, right-to-left, combining marks, NUL and other control characters, a lone surrogate), JSON of
 * the wrong type, and negative, huge and fractional numbers.
 */
final class Hostile {

    static final long SEED = 20_261_123L;

    static final List<String> TEXT = List.of(
            "' OR '1'='1", "'; DROP TABLE participant; --", "\" OR \"\"=\"", "1; SELECT * FROM user_account",
            "title:(a OR b) AND *:*", "*", "?", "a~2", "[* TO *]", "{!lucene}x", "\\", "(((", "\"unterminated",
            "AND", "OR NOT", "+-&&||!(){}[]^\"~*?:\\/", "%", "_", "%_%",
            "😀👩🏽‍💻🏳️‍🌈", "مرحبا بالعالم", "\u202Eevil\u202C.exe", "e\u0301\u0301\u0301\u0301", "\u0000",
            "a\u0000b", "\u0001\u0007\u001B[31mred", "\t\r\n", "\uFEFF", "\uD800", "\uFFFF", "",
            " ", "   \t  ", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")", "${jndi:ldap://x/a}",
            "../../etc/passwd", "S1 2HE", "DN22 7AB", "7111", "fatigue", "MUST_HAVE", "ON_SITE",
            "Zoë O'Brien-Smith", "null", "true", "-1");

    static final List<Integer> LENGTHS = List.of(21, 31, 61, 101, 121, 201, 255, 301, 501, 1001, 1025, 10_001,
            100_000);

    private final Random random;

    Hostile(long seed) {
        this.random = new Random(seed);
    }

    int below(int n) {
        return random.nextInt(n);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A hostile string: one of the list, a long run (over some limit), or a mix. */
    String text() {
        return switch (random.nextInt(4)) {
            case 0, 1 -> pick(TEXT);
            case 2 -> (chance(50) ? "x" : pick(List.of("😀", "é", "a b", "'", "\u0000"))).repeat(pick(LENGTHS));
            default -> pick(TEXT) + pick(TEXT) + pick(TEXT);
        };
    }

    /** A hostile JSON value as text: strings, wrong types, numbers out of every range. */
    String json() {
        return switch (random.nextInt(6)) {
            case 0, 1 -> quote(text());
            case 2 -> pick(List.of("-1", "0", "-0.5", "3.7", "1e308", "-1e308", "1e-320", "9223372036854775808",
                    "-9223372036854775809", "99999999999999999999999999", "2147483648", "1.0000000000000002"));
            case 3 -> pick(List.of("[]", "{}", "true", "false", "null", "[null]", "[1,2]", "{\"a\":1}",
                    "[\"" + "x".repeat(300) + "\"]", "{\"fatigue\":\"MUST_HAVE\",\"x\":\"y\"}"));
            case 4 -> "[" + String.join(",", list()) + "]";
            default -> "{" + quote(text()) + ":" + quote(text()) + "}";
        };
    }

    private List<String> list() {
        List<String> values = new ArrayList<>();
        int n = chance(10) ? 2_000 : random.nextInt(4);
        for (int i = 0; i < n; i++) {
            values.add(quote(chance(70) ? text() : pick(List.of("7111", "fatigue", "ON_SITE", "DAYS"))));
        }
        return values;
    }

    /** Broken JSON documents. */
    String malformed() {
        return pick(List.of("", " ", "{", "}", "[", "{\"a\":}", "{\"a\" 1}", "{'a':1}", "nul", "{\"a\":1,}",
                "\u0000", "😀", "{\"firstName\":\"a\"" , "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
                "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}", "<xml/>", "\"just a string\"", "42",
                "{\"firstName\":\"\\uD800\"}", "{\"firstName\":\"\\u0000\"}"));
    }

    /** A hostile query or path value, URL-encoded by the caller. */
    String parameter() {
        return chance(40) ? pick(List.of("-1", "0", "-2147483649", "2147483648", "1e9", "NaN", "Infinity", "abc",
                "1.5", "99999999999999999999", "", " ", "0x10")) : text();
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
