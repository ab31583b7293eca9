package org.workingwin.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * One person's browser tab as the portal's server sees it: the requests Vaadin Flow's client makes
 * (the page, the UI's start, then one message per user action), with the element tree kept current so
 * that fields and buttons can be found by their ids. Each instance has its own cookies, so its own
 * session. Every request is timed into the shared {@link RequestLog} under the step's name.
 */
final class UiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final RequestLog log;
    private final HttpClient http;
    private UiTree tree;
    private int uiId;
    private String csrfToken;
    private int syncId;
    private int clientId;

    UiClient(URI base, RequestLog log) {
        this.base = base;
        this.log = log;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** A new tab at the route: the page, then the UI's start and its first view, as a browser loads them. */
    void open(String route) {
        String path = route.startsWith("/") ? route.substring(1) : route;
        send("page " + kind(path), HttpRequest.newBuilder(base.resolve("/" + path)).GET());
        String location = URLEncoder.encode(path, StandardCharsets.UTF_8);
        JsonNode init = send("ui start", HttpRequest.newBuilder(base.resolve("/?v-r=init&location=" + location
                + "&query=")).GET());
        JsonNode config = init.path("appConfig");
        JsonNode uidl = config.path("uidl");
        tree = new UiTree();
        uiId = config.path("v-uiId").asInt();
        csrfToken = uidl.path("Vaadin-Security-Key").asText();
        apply(uidl);
        navigate(path);
    }

    /** A router link's click: the UI moves to the route without loading a new page. */
    void navigate(String route) {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        data.putNull("historyState");
        rpc("view " + kind(route), event(1, "ui-navigate", data));
    }

    /** Types a value into a field (by id) and leaves it, as the browser reports it to the server. */
    void type(String step, String id, String value) {
        setValue(step, element(id), JSON.getNodeFactory().textNode(value));
    }

    /** Picks the option with this label in a select (by id), as choosing it from the list does. */
    void select(String step, String id, String label) {
        UiTree.Node select = element(id);
        String key = tree.descendants(select, "vaadin-select-item").stream()
                .filter(item -> item.string(UiTree.ATTRIBUTES, "label").filter(label::equals).isPresent())
                .map(item -> item.string(UiTree.PROPERTIES, "value").orElse("")).findFirst()
                .orElseThrow(() -> new LoadError("no option " + label + " in " + id));
        type(step, id, key);
    }

    /** Ticks the boxes with these labels in a checkbox group (by id), and only those. */
    void tick(String step, String id, String... labels) {
        UiTree.Node group = element(id);
        ArrayNode keys = JSON.createArrayNode();
        for (UiTree.Node box : tree.descendants(group, "vaadin-checkbox")) {
            String label = box.string(UiTree.PROPERTIES, "label").orElse("");
            if (java.util.Arrays.asList(labels).contains(label)) {
                keys.add(box.string(UiTree.PROPERTIES, "value").orElse(""));
            }
        }
        if (keys.size() != labels.length) {
            throw new LoadError("not every one of " + String.join(", ", labels) + " is in " + id);
        }
        setValue(step, group, keys);
    }

    /**
     * Types a filter into a combo box (by id), as a person types to narrow the list, and picks the first
     * item whose label starts with the given text.
     */
    void pick(String step, String id, String filter, String labelStart) {
        UiTree.Node combo = element(id);
        JsonNode answer = rpc(step + " (list)", JSON.createObjectNode().put("type", "publishedEventHandler")
                .put("node", combo.id).put("templateEventMethodName", "setViewportRange")
                .put("promise", 0).set("templateEventMethodArgs", JSON.createArrayNode().add(0).add(50).add(filter)));
        for (JsonNode call : answer.path("execute")) {
            for (JsonNode argument : call) {
                for (JsonNode item : argument.isArray() ? argument : JSON.createArrayNode()) {
                    if (item.path("label").asText().startsWith(labelStart)) {
                        setValue(step, combo, JSON.getNodeFactory().textNode(item.path("key").asText()));
                        return;
                    }
                }
            }
        }
        throw new LoadError("no item starting " + labelStart + " in " + id + " for " + filter);
    }

    /** Ticks a single checkbox (by id). */
    void check(String step, String id) {
        setProperty(step, element(id), "checked", JSON.getNodeFactory().booleanNode(true), "checked-changed");
    }

    private void setValue(String step, UiTree.Node field, JsonNode value) {
        setProperty(step, field, "value", value, "change", "value-changed");
    }

    /** The property's new value, then each of the given events the element listens to, in one message. */
    private void setProperty(String step, UiTree.Node field, String property, JsonNode value, String... events) {
        ArrayNode calls = JSON.createArrayNode();
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", field.id)
                .put("feature", UiTree.PROPERTIES).put("property", property);
        sync.set("value", value);
        calls.add(sync);
        // The browser's element holds what was typed before the server hears of it; so does this copy.
        field.maps.computeIfAbsent(UiTree.PROPERTIES, f -> new java.util.HashMap<>()).put(property, value);
        for (String name : events) {
            if (field.listeners().containsKey(name)) {
                calls.add(event(field.id, name, eventData(field, name, Map.of())));
            }
        }
        rpc(step, calls);
    }

    /** A click on the element with this id. */
    void click(String step, String id) {
        UiTree.Node target = element(id);
        rpc(step, event(target.id, "click", eventData(target, "click", Map.of())));
    }

    /** A DOM event of a web component (such as the login form's "login"), with the event's details. */
    void fire(String step, UiTree.Node target, String event, Map<String, Object> details) {
        rpc(step, event(target.id, event, eventData(target, event, details)));
    }

    UiTree tree() {
        return tree;
    }

    UiTree.Node element(String id) {
        return tree.byId(id).orElseThrow(() -> new LoadError("no element with id " + id + " on the page"));
    }

    boolean has(String id) {
        return tree.byId(id).isPresent();
    }

    /** The text inside the element with this id. */
    String textOf(String id) {
        return tree.text(element(id).id).trim();
    }

    /** The messages shown beside fields (their errorMessage), by the field's id: what a person would read. */
    Map<String, String> fieldErrors() {
        Map<String, String> out = new java.util.TreeMap<>();
        for (UiTree.Node node : tree.withProperty("errorMessage")) {
            String message = node.string(UiTree.PROPERTIES, "errorMessage").orElse("");
            if (!message.isEmpty()) {
                out.put(node.domId().orElse(node.tag()), message);
            }
        }
        return out;
    }

    /** The texts of the notifications on the page (a passing message at the top), newest last. */
    java.util.List<String> notifications() {
        return tree.byTag("vaadin-notification").stream()
                .map(n -> n.string(UiTree.PROPERTIES, "text").orElseGet(() -> tree.text(n.id).trim()))
                .filter(t -> !t.isEmpty()).toList();
    }

    /** A field's value as the page holds it now (what the person sees in it). */
    String valueOf(String id) {
        return element(id).string(UiTree.PROPERTIES, "value").orElse("");
    }

    /** The text of the page's content (the root's text nodes in order). */
    String text() {
        return tree.text(1);
    }

    private ObjectNode event(int node, String name, JsonNode data) {
        ObjectNode call = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        call.set("data", data);
        return call;
    }

    /**
     * The values the browser would send for the listener's expressions: false for modifier keys, 0 for
     * positions and buttons, 1 click, and the given details (by expression, e.g. "event.detail.username").
     */
    private ObjectNode eventData(UiTree.Node target, String event, Map<String, Object> details) {
        ObjectNode data = JSON.createObjectNode();
        JsonNode hash = target.listeners().get(event);
        JsonNode expressions = hash == null ? null : tree.constant(hash.asText());
        if (expressions == null) {
            return data;
        }
        expressions.fieldNames().forEachRemaining(expression -> {
            if (details.containsKey(expression)) {
                data.putPOJO(expression, details.get(expression));
            } else if (expression.startsWith("}")) {
                // A property the browser sends along (mSync) rather than as event data: skipped here.
                return;
            } else if (expression.endsWith("Key") || expression.endsWith("repeat") || expression.endsWith("isComposing")) {
                data.put(expression, false);
            } else if (expression.equals("event.detail")) {
                data.put(expression, 1);
            } else if (expression.startsWith("event.") && !expression.contains("(")) {
                data.put(expression, expression.endsWith("code") || expression.endsWith("key") ? "" : "0");
            } else {
                data.put(expression, false);
            }
        });
        return data;
    }

    private JsonNode rpc(String step, JsonNode calls) {
        ArrayNode rpc = calls.isArray() ? (ArrayNode) calls : JSON.createArrayNode().add(calls);
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken).put("syncId", syncId)
                .put("clientId", clientId);
        body.set("rpc", rpc);
        JsonNode answer = send(step, HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        if (answer.path("meta").path("sessionExpired").asBoolean()) {
            throw new SessionEnded("the server ended the session: " + answer.path("meta"));
        }
        if (answer.path("meta").has("appError")) {
            throw new LoadError("the server reported an error: " + answer.path("meta"));
        }
        apply(answer);
        return answer;
    }

    private void apply(JsonNode message) {
        if (message.has("syncId")) {
            syncId = message.get("syncId").asInt();
        }
        if (message.has("clientId")) {
            clientId = message.get("clientId").asInt();
        }
        tree.apply(message);
    }

    /** Sends one request and times it until its whole answer has arrived; anything but 200 is an error. */
    private JsonNode send(String step, HttpRequest.Builder request) {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            log.error(step, e.toString());
            throw new LoadError(step + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadError(step + ": interrupted");
        }
        log.record(step, System.nanoTime() - start);
        if (response.statusCode() != 200) {
            log.error(step, "HTTP " + response.statusCode());
            throw new LoadError(step + ": HTTP " + response.statusCode());
        }
        String body = response.body();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        if (body.isEmpty() || body.charAt(0) == '<') {
            return JSON.createObjectNode();
        }
        try {
            JsonNode json = JSON.readTree(body);
            return json.isArray() ? json.path(0) : json;
        } catch (IOException e) {
            log.error(step, "unreadable answer: " + e.getMessage());
            throw new LoadError(step + ": unreadable answer");
        }
    }

    /** The route's first segment or two, so that requests group by page, not by id. */
    private static String kind(String route) {
        String[] parts = route.split("/");
        return parts.length <= 1 ? (route.isEmpty() ? "home" : route)
                : parts[0] + "/" + (parts[1].matches("\\d+") ? "{id}" : parts[1]);
    }

    /** A step that did not go as a person would expect; counted as an error by the journey. */
    static class LoadError extends RuntimeException {
        LoadError(String message) {
            super(message);
        }
    }

    /** The server ended the session (as signing out does); the browser would load the page afresh. */
    static final class SessionEnded extends LoadError {
        SessionEnded(String message) {
            super(message);
        }
    }
}
