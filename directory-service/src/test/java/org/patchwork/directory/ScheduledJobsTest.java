package org.patchwork.directory;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.test.PatchworkServiceTest;
import org.patchwork.platform.test.ScheduledJobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** With two or more instances of the service on one database, each occurrence of a scheduled job runs on one. */
@PatchworkServiceTest
class ScheduledJobsTest {

    @Autowired
    ApplicationContext context;

    @Test
    void eachScheduledJobIsSkippedWhileAnotherInstanceRunsIt() {
        ScheduledJobs.assertEachRunsOnOneInstanceAtATime(context, List.of("rate-limit-pruning"));
    }
}
