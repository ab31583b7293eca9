package org.workingwin.portal.base.ui;

import com.vaadin.flow.component.select.Select;

/**
 * Gives a select's list of options the select's own label as its accessible name. Vaadin's list box
 * keeps no name of its own, and once opened it stays in the page: screen readers (and axe, rule
 * aria-input-field-name) then find an unnamed list.
 */
public final class SelectNames {

    private SelectNames() {
    }

    public static <T> Select<T> named(Select<T> select) {
        select.addAttachListener(e -> select.getElement().executeJs("""
                const select = this;
                const name = () => {
                  const list = select.querySelector('vaadin-select-list-box');
                  if (list) { list.setAttribute('aria-label', select.label || select.getAttribute('aria-label') || ''); }
                };
                select.addEventListener('opened-changed', () => setTimeout(name));
                name();"""));
        return select;
    }
}
