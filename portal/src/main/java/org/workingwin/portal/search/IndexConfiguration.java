package org.workingwin.portal.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.nio.file.Path;
import java.time.Duration;

/** Where the index lives and how often it looks for new changes. */
@ConfigurationProperties("portal.index")
public class IndexConfiguration {

    private Path folder;
    private Path participantsFolder;
    private Duration pollInterval = Duration.ofMillis(200);
    private int batchSize = 500;

    public Path getFolder() {
        return folder;
    }

    public void setFolder(Path folder) {
        this.folder = folder;
    }

    public Path getParticipantsFolder() {
        return participantsFolder;
    }

    public void setParticipantsFolder(Path participantsFolder) {
        this.participantsFolder = participantsFolder;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }
}
