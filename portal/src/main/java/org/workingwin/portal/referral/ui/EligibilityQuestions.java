package org.workingwin.portal.referral.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.workingwin.portal.base.ui.FormErrors;
import org.workingwin.portal.location.PostcodeDirectory;
import org.workingwin.portal.referral.EligibilityAnswers;
import org.workingwin.portal.referral.WorkSituation;

/** The eligibility questions, worded for the person ("you") or about them ("they"). */
class EligibilityQuestions extends VerticalLayout {

    final RadioButtonGroup<Boolean> aged18OrOver = yesNo();
    final TextField postcode = new TextField();
    final RadioButtonGroup<WorkSituation> workSituation = new RadioButtonGroup<>();
    final RadioButtonGroup<Boolean> healthAffectsWork = yesNo();

    EligibilityQuestions(boolean aboutYou, boolean askWork) {
        setPadding(false);
        aged18OrOver.setId("aged-18-or-over");
        postcode.setHelperText("The first half is enough, like S8 or DN22");
        postcode.setMaxLength(PostcodeDirectory.MAX_LENGTH);
        postcode.setId("gp-postcode");
        workSituation.setItems(WorkSituation.values());
        workSituation.setId("work-situation");
        healthAffectsWork.setId("health-affects-work");
        wording(aboutYou);
        add(aged18OrOver, postcode);
        if (askWork) {
            add(workSituation);
        }
        add(healthAffectsWork);
    }

    /** Words the questions for the person answering ("you") or for someone else ("they"). */
    void wording(boolean aboutYou) {
        aged18OrOver.setLabel(aboutYou ? "Are you 18 or over?" : "Are they 18 or over?");
        postcode.setLabel(aboutYou ? "Postcode of your GP practice" : "Postcode of their GP practice");
        workSituation.setLabel(aboutYou ? "Which fits you best?" : "Which fits them best?");
        workSituation.setItemLabelGenerator(w -> aboutYou ? w.label() : w.label().replace("I am", "They are")
                .replace("my health", "their health"));
        healthAffectsWork.setLabel(aboutYou
                ? "Does your physical or mental health make it harder to find work or to stay in work?"
                : "Does their physical or mental health make it harder to find work or to stay in work?");
    }

    void bind(FormErrors errors) {
        errors.bind("aged18OrOver", aged18OrOver).bind("postcode", postcode).bind("workSituation", workSituation)
                .bind("healthAffectsWork", healthAffectsWork);
    }

    EligibilityAnswers read() {
        return new EligibilityAnswers(aged18OrOver.getValue(), postcode.getValue(), workSituation.getValue(),
                healthAffectsWork.getValue());
    }

    private static RadioButtonGroup<Boolean> yesNo() {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(b -> b ? "Yes" : "No");
        return group;
    }
}
