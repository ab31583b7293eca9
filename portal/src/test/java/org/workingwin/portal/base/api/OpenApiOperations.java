package org.workingwin.portal.base.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The operations of the OpenAPI document the portal serves, so tests that must cover every one can ask. */
public final class OpenApiOperations {

    private static final Pattern PATH = Pattern.compile("^  (/\\S+):$");
    private static final Pattern METHOD = Pattern.compile("^    (get|post|put|delete|patch):$");

    private OpenApiOperations() {
    }

    /** "METHOD /path" for every operation in this OpenAPI document (YAML, as served), in document order. */
    public static List<String> of(String document) {
        List<String> operations = new ArrayList<>();
        String path = null;
        for (String line : document.lines().toList()) {
            Matcher p = PATH.matcher(line);
            if (p.matches()) {
                path = p.group(1);
                continue;
            }
            if (!line.startsWith("    ") && !line.isBlank()) {
                path = null;
            }
            Matcher m = METHOD.matcher(line);
            if (path != null && m.matches()) {
                operations.add(m.group(1).toUpperCase() + " " + path);
            }
        }
        return operations;
    }
}
