package org.workingwin.portal.search.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.workingwin.matching.vacancy.FacetCount;

/**
 * A group of checkboxes for one facet, each labelled with its count for the current search. Chosen
 * values stay listed (with 0) so a choice can always be undone.
 */
final class FacetFilter extends CheckboxGroup<String> {

    private final Function<String, String> label;
    private Map<String, Long> counts = Map.of();
    private boolean updating;

    FacetFilter(String title, String id, Function<String, String> label, Runnable onChange) {
        super(title);
        this.label = label;
        setId(id);
        addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        setItemLabelGenerator(value -> label.apply(value) + " (" + counts.getOrDefault(value, 0L) + ")");
        addValueChangeListener(e -> {
            if (!updating && e.isFromClient()) {
                onChange.run();
            }
        });
    }

    void show(List<FacetCount> facet) {
        Set<String> chosen = new LinkedHashSet<>(getValue());
        counts = facet.stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count, (a, b) -> a));
        Set<String> items = new LinkedHashSet<>(facet.stream().map(FacetCount::value).toList());
        items.addAll(chosen);
        updating = true;
        try {
            setItems(items.stream().sorted((a, b) -> label.apply(a).compareToIgnoreCase(label.apply(b))).toList());
            setValue(chosen);
        } finally {
            updating = false;
        }
        setVisible(!items.isEmpty());
    }
}
