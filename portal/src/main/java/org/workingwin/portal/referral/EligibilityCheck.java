package org.workingwin.portal.referral;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.workingwin.portal.location.InvalidPostcodeException;
import org.workingwin.portal.location.PostcodeDirectory;
import org.workingwin.portal.location.PostcodeLocation;
import org.workingwin.portal.location.TrialArea;

/**
 * The trial's eligibility rules: 18 or over, a GP in the trial area (by postcode district), out of work
 * or in work and struggling, and a health condition that affects work. Stores nothing.
 */
@Singleton
public class EligibilityCheck {

    private final PostcodeDirectory postcodes;

    EligibilityCheck(PostcodeDirectory postcodes) {
        this.postcodes = postcodes;
    }

    public Eligibility check(EligibilityAnswers answers) {
        Map<String, String> unanswered = new LinkedHashMap<>();
        List<String> reasons = new ArrayList<>();
        if (answers.aged18OrOver() == null) {
            unanswered.put("aged18OrOver", "Say whether you are 18 or over");
        } else if (!answers.aged18OrOver()) {
            reasons.add("Working Win is for adults aged 18 or over. The National Careers Service helps younger "
                    + "people with work and training.");
        }
        PostcodeLocation area = null;
        if (answers.postcode() == null || answers.postcode().isBlank()) {
            unanswered.put("postcode", "Enter the postcode of your GP practice, like S1 2HE or S1");
        } else {
            try {
                area = postcodes.resolve(answers.postcode());
                if (!TrialArea.includes(area.localAuthorityCode())) {
                    reasons.add("Working Win is for people with a GP in Barnsley, Doncaster, Rotherham, Sheffield, "
                            + "Bassetlaw, Bolsover, Chesterfield, Derbyshire Dales or North East Derbyshire. "
                            + area.district() + " is in " + area.localAuthority() + ". Your Jobcentre Plus work "
                            + "coach can tell you about support where you live.");
                }
            } catch (InvalidPostcodeException e) {
                unanswered.put("postcode", e.getMessage());
            }
        }
        EmploymentStatus status = null;
        if (answers.workSituation() == null) {
            unanswered.put("workSituation", "Choose the sentence that fits you best");
        } else if (answers.workSituation() == WorkSituation.IN_WORK_MANAGING) {
            reasons.add("Working Win helps people whose health makes it hard to find work or to stay in work. "
                    + "If work becomes harder because of your health, you are welcome to come back.");
        } else {
            status = answers.workSituation() == WorkSituation.OUT_OF_WORK ? EmploymentStatus.OUT_OF_WORK
                    : EmploymentStatus.IN_WORK;
        }
        if (answers.healthAffectsWork() == null) {
            unanswered.put("healthAffectsWork", "Say whether your health makes work harder");
        } else if (!answers.healthAffectsWork()) {
            reasons.add("Working Win is for people whose physical or mental health makes it harder to find or "
                    + "keep work. The local support directory lists other help with jobs and skills.");
        }
        return new Eligibility(unanswered, reasons, area, status);
    }
}
