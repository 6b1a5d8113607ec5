package org.patchwork.schedule.warning;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.test.ScheduledJobs;
import org.patchwork.schedule.ScheduleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** With two or more instances of the service on one database, each occurrence of a scheduled job runs on one. */
class ScheduledJobsTest extends ScheduleIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void eachScheduledJobIsSkippedWhileAnotherInstanceRunsIt() {
        ScheduledJobs.assertEachRunsOnOneInstanceAtATime(context, List.of("not-seen-check"));
    }
}
