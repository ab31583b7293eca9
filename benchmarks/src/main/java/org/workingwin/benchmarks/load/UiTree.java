package org.workingwin.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The client's copy of one Vaadin UI's element tree, kept current from the "changes" of each server
 * message, as the browser's Flow client keeps it. Only what a load test needs: tags, properties,
 * attributes, event listeners, children and text.
 */
final class UiTree {

    // Flow's node feature numbers (com.vaadin.flow.internal.nodefeature.NodeFeatures).
    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT = 7;
    static final int VIRTUAL_CHILDREN = 24;

    /** One element or text node. */
    static final class Node {
        final int id;
        final Map<Integer, Map<String, JsonNode>> maps = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        /** Elements attached outside the children list, such as the views inside the UI's root. */
        final List<Integer> virtualChildren = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        Optional<String> string(int feature, String key) {
            JsonNode value = maps.getOrDefault(feature, Map.of()).get(key);
            return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
        }

        String tag() {
            return string(ELEMENT_DATA, "tag").orElse("");
        }

        Optional<String> domId() {
            return string(ATTRIBUTES, "id").or(() -> string(PROPERTIES, "id"));
        }

        Map<String, JsonNode> listeners() {
            return maps.getOrDefault(LISTENERS, Map.of());
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();

    void apply(JsonNode message) {
        message.path("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        for (JsonNode change : message.path("changes")) {
            int id = change.path("node").asInt();
            switch (change.path("type").asText()) {
                case "attach" -> nodes.computeIfAbsent(id, Node::new);
                case "detach" -> nodes.remove(id);
                case "put" -> node(id).maps.computeIfAbsent(change.path("feat").asInt(), f -> new HashMap<>())
                        .put(change.path("key").asText(), change.has("nodeValue") ? change.get("nodeValue")
                                : change.path("value"));
                case "remove" -> node(id).maps.getOrDefault(change.path("feat").asInt(), new HashMap<>())
                        .remove(change.path("key").asText());
                case "splice" -> splice(node(id), change);
                case "clear" -> list(node(id), change.path("feat").asInt()).clear();
                default -> { }
            }
        }
    }

    private void splice(Node node, JsonNode change) {
        List<Integer> list = list(node, change.path("feat").asInt());
        int index = Math.min(change.path("index").asInt(), list.size());
        int remove = Math.min(change.path("remove").asInt(), list.size() - index);
        for (int i = 0; i < remove; i++) {
            list.remove(index);
        }
        List<Integer> added = new ArrayList<>();
        change.path("addNodes").forEach(n -> added.add(n.asInt()));
        list.addAll(index, added);
    }

    /** The node's list for a feature: its children, its virtual children, or a throwaway for the rest. */
    private static List<Integer> list(Node node, int feature) {
        return switch (feature) {
            case CHILDREN -> node.children;
            case VIRTUAL_CHILDREN -> node.virtualChildren;
            default -> new ArrayList<>();
        };
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    Optional<Node> byId(String domId) {
        return nodes.values().stream().filter(n -> n.domId().filter(domId::equals).isPresent()).findFirst();
    }

    List<Node> byTag(String tag) {
        return nodes.values().stream().filter(n -> n.tag().equals(tag)).sorted((a, b) -> a.id - b.id).toList();
    }

    List<Node> withProperty(String property) {
        return nodes.values().stream().filter(n -> n.string(PROPERTIES, property).isPresent()).toList();
    }

    JsonNode constant(String key) {
        return constants.get(key);
    }

    /** The text under a node, in document order (what a person would read, less shadow DOM). */
    String text(int id) {
        StringBuilder out = new StringBuilder();
        appendText(nodes.get(id), out, 0);
        return out.toString();
    }

    private void appendText(Node node, StringBuilder out, int depth) {
        if (node == null || depth > 200) {
            return;
        }
        node.string(TEXT, "text").ifPresent(t -> out.append(t).append(' '));
        for (int child : node.children) {
            appendText(nodes.get(child), out, depth + 1);
        }
        for (int child : node.virtualChildren) {
            appendText(nodes.get(child), out, depth + 1);
        }
    }

    /** Elements with the given tag anywhere under a node, in document order. */
    List<Node> descendants(Node parent, String tag) {
        List<Node> out = new ArrayList<>();
        collect(parent, tag, out, 0);
        return out;
    }

    private void collect(Node parent, String tag, List<Node> out, int depth) {
        if (depth > 200) {
            return;
        }
        for (int child : java.util.stream.Stream.concat(parent.children.stream(), parent.virtualChildren.stream())
                .toList()) {
            Node n = nodes.get(child);
            if (n != null) {
                if (n.tag().equals(tag)) {
                    out.add(n);
                }
                collect(n, tag, out, depth + 1);
            }
        }
    }

    /** The links on the page (their href attributes), in the order the tree holds them. */
    List<String> links() {
        return nodes.values().stream().sorted((a, b) -> a.id - b.id).filter(n -> n.tag().equals("a"))
                .map(n -> n.string(ATTRIBUTES, "href").orElse("")).filter(h -> !h.isEmpty()).toList();
    }

    int size() {
        return nodes.size();
    }
}
