package org.workingwin.portal.referral;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.workingwin.portal.location.TrialArea;
import org.workingwin.portal.randomisation.RandomisationService;

/**
 * Generates every stratum's concealed allocation sequence ahead of the first reveal: nine local
 * authorities by out of work / in work.
 */
@Singleton
class TrialSequences implements ApplicationEventListener<ServerStartupEvent> {

    private final RandomisationService randomisation;

    TrialSequences(RandomisationService randomisation) {
        this.randomisation = randomisation;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        for (String area : TrialArea.LOCAL_AUTHORITIES.keySet()) {
            for (EmploymentStatus status : EmploymentStatus.values()) {
                randomisation.prepare(area + ":" + status.name());
            }
        }
    }
}
