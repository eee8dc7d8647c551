package org.tiepdan.history.internal;

import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * The threads that check and write big imports in the background: one at a time per node (an
 * import is one long transaction; running several side by side would only compete for the database).
 */
@Component
class HistoryExecutor {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    HistoryExecutor() {
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(100);
        executor.setThreadNamePrefix("history-import-");
        executor.initialize();
    }

    TaskExecutor executor() {
        return executor;
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
