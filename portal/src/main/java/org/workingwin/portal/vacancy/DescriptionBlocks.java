package org.workingwin.portal.vacancy;

import java.util.ArrayList;
import java.util.List;

/**
 * An employer's description as paragraphs and bulleted lists, the way people type them in a plain text
 * box: a blank line starts a new paragraph, and lines that start with "-", "*" or "•" are the items of a
 * list. The vacancy page and its schema.org posting both show a description through this, so they agree.
 */
public final class DescriptionBlocks {

    /** One block: a paragraph's text, or the items of a list. */
    public sealed interface Block permits Text, Bullets {
    }

    public record Text(String text) implements Block {
    }

    public record Bullets(List<String> items) implements Block {
    }

    private DescriptionBlocks() {
    }

    public static List<Block> of(String description) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : description.split("\\n\\s*\\n")) {
            StringBuilder text = new StringBuilder();
            List<String> items = new ArrayList<>();
            for (String line : paragraph.strip().split("\\n")) {
                String item = item(line.strip());
                if (item != null) {
                    flushText(blocks, text);
                    items.add(item);
                } else if (!line.isBlank()) {
                    flushItems(blocks, items);
                    text.append(text.isEmpty() ? "" : " ").append(line.strip());
                }
            }
            flushText(blocks, text);
            flushItems(blocks, items);
        }
        return blocks;
    }

    /** The item's words when the line is a list item, otherwise null. */
    private static String item(String line) {
        if (line.length() > 2 && (line.startsWith("- ") || line.startsWith("* ") || line.startsWith("• "))) {
            return line.substring(2).strip();
        }
        return null;
    }

    private static void flushText(List<Block> blocks, StringBuilder text) {
        if (!text.isEmpty()) {
            blocks.add(new Text(text.toString()));
            text.setLength(0);
        }
    }

    private static void flushItems(List<Block> blocks, List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new Bullets(List.copyOf(items)));
            items.clear();
        }
    }
}
