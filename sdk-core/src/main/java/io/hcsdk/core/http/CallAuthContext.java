package io.hcsdk.core.http;

import io.hcsdk.core.Sleeper;
import io.hcsdk.core.auth.AuthContext;
import io.hcsdk.core.retry.RetryPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** What one call lends its credentials: above all its deadline, so a token fetch never outlives the call. */
record CallAuthContext(
    OkHttpClient httpClient,
    Clock clock,
    Optional<Instant> deadline,
    RetryPolicy retryPolicy,
    Sleeper sleeper,
    Optional<ScheduledExecutorService> scheduler,
    Optional<HttpUrl> iamEndpoint) implements AuthContext {}
