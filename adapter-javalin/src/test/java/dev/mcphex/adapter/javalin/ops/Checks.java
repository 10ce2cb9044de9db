package dev.mcphex.adapter.javalin.ops;

import dev.mcphex.ports.driven.Health;
import dev.mcphex.ports.driven.HealthCheck;
import java.util.concurrent.CountDownLatch;

/** Health checks with scripted behaviour. */
final class Checks {
    private Checks() {
    }

    static HealthCheck reporting(String component, Health.Status status, String detail) {
        return new HealthCheck() {
            @Override
            public String component() {
                return component;
            }

            @Override
            public Health check() {
                return new Health(status, detail);
            }
        };
    }

    static HealthCheck throwing(String component, RuntimeException failure) {
        return new HealthCheck() {
            @Override
            public String component() {
                return component;
            }

            @Override
            public Health check() {
                throw failure;
            }
        };
    }

    /** A check that blocks until {@link #release()}, like a dependency that accepts connections and never answers. */
    static final class Hanging implements HealthCheck {
        private final String component;
        private final CountDownLatch released = new CountDownLatch(1);

        Hanging(String component) {
            this.component = component;
        }

        @Override
        public String component() {
            return component;
        }

        @Override
        public Health check() {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Health.up();
        }

        void release() {
            released.countDown();
        }
    }
}
