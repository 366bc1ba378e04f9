import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The voucher-service benchmark: how long a 100,000-code batch takes to generate, and how many
 * authorization decisions per second the service answers on its three paths (a revoked code
 * answered from Redis, an accept that writes a device lease to MongoDB, an unknown code that Redis
 * never holds). JDK only, run as {@code java bench/voucher/VoucherBench.java --help}; run.sh starts
 * the suite around it. Progress goes to stderr, the Markdown report to stdout.
 *
 * <p>Load is closed-loop: C lanes, each sending its next request as soon as the previous answer
 * arrives, so C is the number of requests in flight. A lane is a platform thread doing blocking
 * sends ({@code --client threads}) or a chain of {@code sendAsync} callbacks ({@code --client async}).
 */
public class VoucherBench {

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.batchSummary != null) {
            // Batch runs made by separate invocations (run.sh gives each a fresh suite): one table.
            Report report = new Report();
            report.batches(BatchRun.readAll(options.batchSummary));
            System.out.print(report.markdown());
            return;
        }
        new VoucherBench(options).run();
    }

    private final Options options;
    private final Api api;
    private final Report report = new Report();
    private final CpuMeter cpu;

    VoucherBench(Options options) {
        this.options = options;
        this.api = new Api(options);
        this.cpu = new CpuMeter(options.launcherPid, options.clockTicks);
    }

    void run() throws Exception {
        report.machine(options, cpu);
        Setup setup = Setup.create(api, options);
        if (options.batchRuns > 0) {
            report.batches(timeBatches(setup));
        }
        if (!options.scenarios.isEmpty()) {
            measureDecisions(setup);
        }
        System.out.print(report.markdown());
    }

    // ---------------------------------------------------------------- batch generation

    record BatchRun(int run, long acceptedMillis, double readySeconds, String state, int done, int total,
            List<int[]> perSecond) {

        /** One line of a batch log: tab-separated fields, the curve as second:done pairs. */
        String line() {
            StringBuilder curve = new StringBuilder();
            for (int[] p : perSecond) {
                curve.append(p[0]).append(':').append(p[1]).append(' ');
            }
            return run + "\t" + acceptedMillis + "\t" + readySeconds + "\t" + state + "\t" + done + "\t" + total + "\t"
                    + curve.toString().trim() + "\n";
        }

        static List<BatchRun> readAll(Path log) throws IOException {
            List<BatchRun> runs = new ArrayList<>();
            for (String line : Files.readAllLines(log)) {
                String[] f = line.split("\t");
                List<int[]> curve = new ArrayList<>();
                for (String point : f[6].split(" ")) {
                    String[] p = point.split(":");
                    curve.add(new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])});
                }
                runs.add(new BatchRun(Integer.parseInt(f[0]), Long.parseLong(f[1]), Double.parseDouble(f[2]), f[3],
                        Integer.parseInt(f[4]), Integer.parseInt(f[5]), curve));
            }
            return runs;
        }
    }

    private List<BatchRun> timeBatches(Setup setup) throws Exception {
        List<BatchRun> runs = new ArrayList<>();
        for (int run = options.batchFirst; run < options.batchFirst + options.batchRuns; run++) {
            log("batch run %d: ordering %,d vouchers", run, options.batchSize);
            long start = System.nanoTime();
            String batchId = api.orderBatch(setup, options.batchSize);
            long accepted = (System.nanoTime() - start) / 1_000_000;
            List<int[]> samples = new ArrayList<>(); // {millis since POST, done}
            String state = "GENERATING";
            int done = 0;
            int total = options.batchSize;
            long deadline = start + Duration.ofSeconds(options.batchTimeoutSeconds).toNanos();
            long tick = start;
            while (state.equals("GENERATING") && System.nanoTime() < deadline) {
                tick += 100_000_000L;
                sleepUntil(tick);
                String body = api.get(setup.operator, options.voucher + "/api/batches/" + batchId).body();
                state = Json.string(body, "state");
                done = Json.integer(body, "done");
                total = Json.integer(body, "total");
                samples.add(new int[] {(int) ((System.nanoTime() - start) / 1_000_000), done});
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            log("batch run %d: %s after %.1f s (%,d of %,d)", run, state, seconds, done, total);
            BatchRun result = new BatchRun(run, accepted, seconds, state, done, total, perSecond(samples));
            runs.add(result);
            if (options.batchLog != null) {
                Files.writeString(options.batchLog, result.line(), java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            }
        }
        return runs;
    }

    /** The server's progress at each whole second: the last poll at or before it. */
    private static List<int[]> perSecond(List<int[]> samples) {
        List<int[]> curve = new ArrayList<>();
        int second = 1;
        int last = 0;
        for (int[] sample : samples) {
            while (sample[0] >= second * 1000) {
                curve.add(new int[] {second++, last});
            }
            last = sample[1];
        }
        curve.add(new int[] {second, last});
        return curve;
    }

    // ---------------------------------------------------------------- decisions

    private void measureDecisions(Setup setup) throws Exception {
        Pool pool = Pool.prepare(api, setup, options);
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        scenarios.put("reject", new Scenario("reject (revoked, Redis)", "revoked",
                lane -> api.authorize(setup.organizationId, pool.randomRevoked(), "02:00:00:00:00:01", "rj"),
                lanes -> { }));
        scenarios.put("accept", new Scenario("accept (re-login, MongoDB write)", "accept",
                lane -> pool.relogin(api, setup.organizationId, lane), pool::lanes));
        scenarios.put("unknown", new Scenario("unknown code", "unknown",
                lane -> api.authorize(setup.organizationId, Pool.randomCode(), "02:00:00:00:00:02", "uk"),
                lanes -> { }));
        Runner runner = new Runner(api.client, options);
        for (String name : options.scenarios) {
            Scenario scenario = scenarios.get(name);
            if (scenario == null) {
                throw new IllegalArgumentException("no scenario " + name + "; choose from " + scenarios.keySet());
            }
            if (options.warmupSeconds > 0) {
                log("%s: warm-up %d s at C=16", scenario.title, options.warmupSeconds);
                runner.run(scenario, 16, options.warmupSeconds);
            }
            for (int concurrency : options.concurrency) {
                log("%s: C=%d for %d s (load before: %s)", scenario.title, concurrency, options.durationSeconds,
                        CpuMeter.loadAverage());
                Metrics before = Metrics.read(api);
                CpuMeter.Snapshot cpuBefore = cpu.snapshot();
                Runner.Result result = runner.run(scenario, concurrency, options.durationSeconds);
                CpuMeter.Snapshot cpuAfter = cpu.snapshot();
                Metrics after = Metrics.read(api);
                log("  %,.0f decisions/s, p50 %.2f ms, p99 %.2f ms, %d errors, %d wrong; cache hit +%d miss +%d",
                        result.perSecond(), result.percentile(50), result.percentile(99), result.errors,
                        result.wrong, after.hits - before.hits, after.misses - before.misses);
                result.errorSamples.forEach(e -> log("    error: %s", e));
                report.decision(scenario, concurrency, result, after.minus(before), cpuAfter.minus(cpuBefore));
            }
        }
    }

    /**
     * What one scenario sends from a lane, which answer it expects ({@code accept} or a reject
     * reason), and what it does when told how many lanes a run has.
     */
    record Scenario(String title, String expected, IntFunction<HttpRequest> request, IntConsumer lanes) {

        boolean answeredAsExpected(String body) {
            return expected.equals("accept") ? body.contains("\"accept\":true")
                    : body.contains("\"accept\":false") && expected.equals(Json.string(body, "reason"));
        }
    }

    // ---------------------------------------------------------------- helpers

    static void log(String format, Object... args) {
        System.err.printf("[%tT] %s%n", Instant.now().toEpochMilli(), String.format(format, args));
    }

    static Thread started(Runnable body) {
        Thread thread = new Thread(body);
        thread.start();
        return thread;
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** Command-line options; every one has a default fit for {@code run.sh}. */
    static final class Options {
        String auth = "http://127.0.0.1:8081";
        String voucher = "http://127.0.0.1:8082";
        /** Its management interface, where /q/metrics is served. */
        String voucherManagement = "http://127.0.0.1:9082";
        String adminPassword = System.getenv("HOTSPOT_ADMIN_PASSWORD");
        String serviceToken = System.getenv("HOTSPOT_SERVICE_TOKEN_ROUTER_GATEWAY");
        Path serviceTokenFile = Path.of(".hotspot/keys/service-token-router-gateway");
        int batchSize = 100_000;
        int batchRuns = 3;
        int batchTimeoutSeconds = 900;
        int poolSize = 2_000;
        int durationSeconds = 20;
        int warmupSeconds = 5;
        int[] concurrency = {16, 64, 128};
        List<String> scenarios = List.of("reject", "accept", "unknown");
        String client = "threads";
        int batchFirst = 1;
        Path batchLog;
        Path batchSummary;
        long launcherPid = -1;
        int clockTicks = 100;
        String command = "";

        static Options parse(String[] args) throws IOException {
            Options o = new Options();
            o.command = "java bench/voucher/VoucherBench.java " + String.join(" ", args);
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (name.equals("--help")) {
                    System.out.println("options: --auth URL --voucher URL --admin-password P --service-token T"
                            + " --service-token-file F --batch-size N --batch-runs N --batch-timeout S --batch-first N"
                            + " --batch-log FILE --batch-summary FILE --pool N"
                            + " --duration S --warmup S --concurrency 16,64,128 --scenarios reject,accept,unknown"
                            + " --client threads|async --launcher-pid PID --clock-ticks HZ");
                    System.exit(0);
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                String value = args[++i];
                switch (name) {
                    case "--auth" -> o.auth = value;
                    case "--voucher" -> o.voucher = value;
                    case "--voucher-management" -> o.voucherManagement = value;
                    case "--admin-password" -> o.adminPassword = value;
                    case "--service-token" -> o.serviceToken = value;
                    case "--service-token-file" -> o.serviceTokenFile = Path.of(value);
                    case "--batch-size" -> o.batchSize = Integer.parseInt(value);
                    case "--batch-runs" -> o.batchRuns = Integer.parseInt(value);
                    case "--batch-timeout" -> o.batchTimeoutSeconds = Integer.parseInt(value);
                    case "--batch-first" -> o.batchFirst = Integer.parseInt(value);
                    case "--batch-log" -> o.batchLog = Path.of(value);
                    case "--batch-summary" -> o.batchSummary = Path.of(value);
                    case "--pool" -> o.poolSize = Integer.parseInt(value);
                    case "--duration" -> o.durationSeconds = Integer.parseInt(value);
                    case "--warmup" -> o.warmupSeconds = Integer.parseInt(value);
                    case "--concurrency" -> o.concurrency = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt)
                            .toArray();
                    case "--scenarios" -> o.scenarios = value.isBlank() ? List.of() : List.of(value.split(","));
                    case "--client" -> o.client = value;
                    case "--launcher-pid" -> o.launcherPid = Long.parseLong(value);
                    case "--clock-ticks" -> o.clockTicks = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + name + "; see --help");
                }
            }
            if (o.batchSummary != null) {
                return o;
            }
            if (o.adminPassword == null || o.adminPassword.isBlank()) {
                Path file = Path.of(".hotspot/admin-password");
                o.adminPassword = Files.exists(file) ? Files.readString(file).trim() : null;
            }
            if (o.serviceToken == null || o.serviceToken.isBlank()) {
                o.serviceToken = Files.readString(o.serviceTokenFile).trim();
            }
            if (o.adminPassword == null) {
                throw new IllegalArgumentException("no admin password: set HOTSPOT_ADMIN_PASSWORD or --admin-password");
            }
            if (!o.client.equals("threads") && !o.client.equals("async")) {
                throw new IllegalArgumentException("--client is threads or async");
            }
            return o;
        }
    }

    /** Just enough JSON: the first value of a named field, and every value of one. */
    static final class Json {

        static String string(String json, String field) {
            Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
            return m.find() ? m.group(1) : null;
        }

        static int integer(String json, String field) {
            Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(-?\\d+)").matcher(json);
            if (!m.find()) {
                throw new IllegalStateException("no number " + field + " in " + abbreviate(json));
            }
            return Integer.parseInt(m.group(1));
        }

        static List<String> strings(String json, String field) {
            Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
            List<String> all = new ArrayList<>();
            while (m.find()) {
                all.add(m.group(1));
            }
            return all;
        }

        static String quote(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }

        static String abbreviate(String s) {
            return s == null ? "null" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
        }
    }

    /** An operator's bearer token, renewed by logging in again before its 10 minutes run out. */
    static final class Login {
        final String username;
        final String password;
        private volatile String token;
        private volatile long obtainedAt;

        Login(String username, String password) {
            this.username = username;
            this.password = password;
        }

        synchronized String token(Api api) throws IOException, InterruptedException {
            if (token == null || System.nanoTime() - obtainedAt > Duration.ofMinutes(8).toNanos()) {
                String body = "{\"username\":" + Json.quote(username) + ",\"password\":" + Json.quote(password) + "}";
                HttpResponse<String> r = api.send(api.json(api.options.auth + "/api/auth/login", null, body));
                api.expect(r, 200, "login as " + username);
                token = Json.string(r.body(), "accessToken");
                obtainedAt = System.nanoTime();
            }
            return token;
        }
    }

    /** The HTTP calls the benchmark makes, all to loopback. */
    static final class Api {
        final Options options;
        final HttpClient client;

        Api(Options options) {
            this.options = options;
            // HTTP/1.1: what router-gateway speaks to voucher-service, one connection per request in flight.
            this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }

        HttpRequest json(String url, String bearer, String body) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            if (bearer != null) {
                b.header("Authorization", "Bearer " + bearer);
            }
            return b.build();
        }

        HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(Login as, String url, String body) throws IOException, InterruptedException {
            return send(json(url, as.token(this), body));
        }

        HttpResponse<String> get(Login as, String url) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + as.token(this)).GET().build());
        }

        void expect(HttpResponse<String> r, int status, String what) {
            if (r.statusCode() != status) {
                throw new IllegalStateException(what + ": HTTP " + r.statusCode() + " " + Json.abbreviate(r.body()));
            }
        }

        String orderBatch(Setup setup, int count) throws IOException, InterruptedException {
            HttpResponse<String> r = post(setup.operator, options.voucher + "/api/batches",
                    "{\"profileId\":" + Json.quote(setup.profileId) + ",\"count\":" + count + "}");
            expect(r, 202, "order a batch of " + count);
            return Json.string(r.body(), "id");
        }

        /** Waits (bounded) for a batch to be READY. */
        void awaitReady(Setup setup, String batchId) throws IOException, InterruptedException {
            for (int i = 0; i < options.batchTimeoutSeconds * 10; i++) {
                String body = get(setup.operator, options.voucher + "/api/batches/" + batchId).body();
                String state = Json.string(body, "state");
                if ("READY".equals(state)) {
                    return;
                }
                if (!"GENERATING".equals(state)) {
                    throw new IllegalStateException("batch " + batchId + " is " + Json.abbreviate(body));
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("batch " + batchId + " not READY in " + options.batchTimeoutSeconds + " s");
        }

        HttpRequest authorize(String organizationId, String code, String mac, String sessionId) {
            String body = "{\"organizationId\":" + Json.quote(organizationId) + ",\"code\":" + Json.quote(code)
                    + ",\"nasId\":\"bench-nas\",\"site\":\"bench\",\"mac\":" + Json.quote(mac)
                    + ",\"ip\":\"10.5.50.2\",\"sessionId\":" + Json.quote(sessionId) + "}";
            return HttpRequest.newBuilder(URI.create(options.voucher + "/internal/authorize"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .header("X-Hotspot-Service-Token", options.serviceToken)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }
    }

    /** A fresh organization, operator and profile for this run, so runs never share vouchers. */
    static final class Setup {
        String organizationId;
        Login operator;
        String profileId;

        static Setup create(Api api, Options options) throws IOException, InterruptedException {
            Setup s = new Setup();
            Login admin = new Login("admin", options.adminPassword);
            String suffix = Long.toString(System.currentTimeMillis(), 36);
            HttpResponse<String> org = api.post(admin, options.auth + "/api/organizations",
                    "{\"name\":\"bench " + suffix + "\",\"requireTotp\":false,\"language\":\"en\"}");
            api.expect(org, 201, "create an organization");
            s.organizationId = Json.string(org.body(), "id");
            String username = "bench-" + suffix;
            String password = "Vb-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "-pw";
            HttpResponse<String> op = api.post(admin, options.auth + "/api/operators",
                    "{\"username\":" + Json.quote(username) + ",\"password\":" + Json.quote(password)
                            + ",\"role\":\"OPERATOR\",\"organizationId\":" + Json.quote(s.organizationId) + "}");
            api.expect(op, 201, "create an operator");
            s.operator = new Login(username, password);
            HttpResponse<String> profile = api.post(s.operator, options.voucher + "/api/profiles",
                    "{\"name\":\"bench 1h\",\"price\":1.00,\"currency\":\"USD\",\"rateLimit\":\"4M/2M\","
                            + "\"sharedUsers\":1,\"timeQuotaSeconds\":3600}");
            api.expect(profile, 201, "create a profile");
            s.profileId = Json.string(profile.body(), "id");
            log("organization %s, operator %s, profile %s", s.organizationId, username, s.profileId);
            return s;
        }
    }

    /**
     * The vouchers decisions are asked about: half revoked, half activated once each by its own
     * device. Accept lanes own disjoint slices of the active half, so two requests in flight never
     * race on one voucher (a router does not log one device in twice at once).
     */
    static final class Pool {
        static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        final List<String> revoked = new ArrayList<>();
        final List<String> active = new ArrayList<>();
        private final AtomicInteger sessions = new AtomicInteger();
        private final Map<Integer, AtomicInteger> laneCursor = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile int lanes = 1;

        static Pool prepare(Api api, Setup setup, Options options) throws Exception {
            Pool pool = new Pool();
            log("decision pool: ordering %,d vouchers", options.poolSize);
            String batchId = api.orderBatch(setup, options.poolSize);
            api.awaitReady(setup, batchId);
            List<String> codes = new ArrayList<>();
            for (int page = 0; codes.size() < options.poolSize; page++) {
                HttpResponse<String> r = api.get(setup.operator,
                        options.voucher + "/api/batches/" + batchId + "/vouchers?page=" + page + "&size=1000");
                api.expect(r, 200, "read the pool's codes");
                List<String> found = Json.strings(r.body(), "code");
                if (found.isEmpty()) {
                    break;
                }
                codes.addAll(found);
            }
            int half = codes.size() / 2;
            pool.revoked.addAll(codes.subList(0, half));
            pool.active.addAll(codes.subList(half, codes.size()));
            log("decision pool: revoking %,d and activating %,d", pool.revoked.size(), pool.active.size());
            parallel(pool.revoked.size(), i -> api.expect(api.post(setup.operator,
                    options.voucher + "/api/vouchers/" + pool.revoked.get(i) + "/revoke", "{}"), 200, "revoke"));
            parallel(pool.active.size(), i -> {
                HttpResponse<String> r = api.send(api.authorize(setup.organizationId, pool.active.get(i), mac(i),
                        "first-" + i));
                api.expect(r, 200, "first use");
                if (!r.body().contains("\"accept\":true")) {
                    throw new IllegalStateException("first use of a fresh voucher refused: " + r.body());
                }
            });
            log("decision pool: warm-up pass over all %,d codes", codes.size());
            parallel(pool.revoked.size(), i -> api.expect(api.send(api.authorize(setup.organizationId,
                    pool.revoked.get(i), "02:00:00:00:00:01", "warm-" + i)), 200, "warm-up"));
            parallel(pool.active.size(), i -> api.expect(api.send(api.authorize(setup.organizationId,
                    pool.active.get(i), mac(i), "warm-" + i)), 200, "warm-up"));
            return pool;
        }

        /** Each active voucher's own device. */
        static String mac(int index) {
            return String.format("02:be:00:%02x:%02x:%02x", (index >> 16) & 0xff, (index >> 8) & 0xff, index & 0xff);
        }

        static String randomCode() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            char[] code = new char[10];
            for (int i = 0; i < code.length; i++) {
                code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            return new String(code);
        }

        String randomRevoked() {
            return revoked.get(ThreadLocalRandom.current().nextInt(revoked.size()));
        }

        void lanes(int count) {
            lanes = count;
            laneCursor.clear();
        }

        /** The lane's next voucher of its own slice, logged in again by its own device with a new session. */
        HttpRequest relogin(Api api, String organizationId, int lane) {
            int step = laneCursor.computeIfAbsent(lane, l -> new AtomicInteger()).getAndIncrement();
            int perLane = (active.size() - lane + lanes - 1) / lanes;
            int index = lane + (step % perLane) * lanes;
            return api.authorize(organizationId, active.get(index), mac(index), "s-" + sessions.incrementAndGet());
        }

        interface Task {
            void run(int index) throws Exception;
        }

        /** Runs the task for 0..count-1 on 8 threads; the first failure fails the whole. */
        static void parallel(int count, Task task) throws Exception {
            AtomicInteger next = new AtomicInteger();
            List<Exception> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                threads.add(started(() -> {
                    for (int i; (i = next.getAndIncrement()) < count && failures.isEmpty(); ) {
                        try {
                            task.run(i);
                        } catch (Exception e) {
                            failures.add(e);
                        }
                    }
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
        }
    }

    /** Runs a scenario closed-loop with C lanes for a fixed time and measures every answer. */
    static final class Runner {
        private final HttpClient client;
        private final Options options;

        Runner(HttpClient client, Options options) {
            this.client = client;
            this.options = options;
        }

        /** One lane's measurements; only its own lane touches it. */
        static final class Lane {
            long[] latencies = new long[4096];
            int count;
            int errors;
            int wrong;

            void record(long nanos) {
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = nanos;
            }
        }

        record Result(int count, int errors, int wrong, double seconds, long[] sortedNanos, List<String> errorSamples) {

            double perSecond() {
                return count / seconds;
            }

            double percentile(double p) {
                if (sortedNanos.length == 0) {
                    return Double.NaN;
                }
                int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
                return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
            }

            double maxMillis() {
                return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
            }
        }

        Result run(Scenario scenario, int concurrency, int seconds) throws InterruptedException {
            scenario.lanes().accept(concurrency);
            Lane[] lanes = new Lane[concurrency];
            List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());
            CountDownLatch finished = new CountDownLatch(concurrency);
            long start = System.nanoTime();
            long deadline = start + Duration.ofSeconds(seconds).toNanos();
            for (int i = 0; i < concurrency; i++) {
                lanes[i] = new Lane();
                int lane = i;
                if (options.client.equals("threads")) {
                    started(() -> {
                        while (System.nanoTime() < deadline) {
                            long sent = System.nanoTime();
                            try {
                                HttpResponse<String> r = client.send(scenario.request().apply(lane),
                                        HttpResponse.BodyHandlers.ofString());
                                answered(scenario, lanes[lane], sent, r, null, errorSamples);
                            } catch (IOException | RuntimeException e) {
                                answered(scenario, lanes[lane], sent, null, e, errorSamples);
                            } catch (InterruptedException e) {
                                break;
                            }
                        }
                        finished.countDown();
                    });
                } else {
                    sendAsync(scenario, lane, lanes[lane], deadline, finished, errorSamples);
                }
            }
            finished.await();
            double elapsed = (System.nanoTime() - start) / 1e9;
            int count = 0;
            int errors = 0;
            int wrong = 0;
            for (Lane lane : lanes) {
                count += lane.count;
                errors += lane.errors;
                wrong += lane.wrong;
            }
            long[] all = new long[count];
            int at = 0;
            for (Lane lane : lanes) {
                System.arraycopy(lane.latencies, 0, all, at, lane.count);
                at += lane.count;
            }
            Arrays.sort(all);
            return new Result(count, errors, wrong, elapsed, all, List.copyOf(errorSamples));
        }

        private void sendAsync(Scenario scenario, int lane, Lane stats, long deadline, CountDownLatch finished,
                List<String> errorSamples) {
            if (System.nanoTime() >= deadline) {
                finished.countDown();
                return;
            }
            long sent = System.nanoTime();
            client.sendAsync(scenario.request().apply(lane), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> {
                        answered(scenario, stats, sent, r, e, errorSamples);
                        sendAsync(scenario, lane, stats, deadline, finished, errorSamples);
                    });
        }

        private static void answered(Scenario scenario, Lane lane, long sent, HttpResponse<String> r, Throwable e,
                List<String> errorSamples) {
            lane.record(System.nanoTime() - sent);
            if (e != null || r.statusCode() != 200) {
                lane.errors++;
                if (errorSamples.size() < 5) {
                    errorSamples.add(e != null ? e.toString() : "HTTP " + r.statusCode() + " "
                            + r.headers().firstValue("X-Request-Id").map(id -> "[" + id + "] ").orElse("")
                            + Json.abbreviate(r.body()));
                }
            } else if (!scenario.answeredAsExpected(r.body())) {
                lane.wrong++;
                if (errorSamples.size() < 5) {
                    errorSamples.add("unexpected answer " + Json.abbreviate(r.body()));
                }
            }
        }
    }

    /** voucher-service's cache and decision counters from {@code /q/metrics}. */
    record Metrics(long hits, long misses, long errors, Map<String, Long> decisions) {

        private static final Pattern CACHE = Pattern.compile(
                "(?m)^hotspot_voucher_cache_total\\{[^}]*result=\"(\\w+)\"[^}]*\\}\\s+(\\S+)");
        private static final Pattern DECISIONS = Pattern.compile(
                "(?m)^hotspot_voucher_decisions_total\\{[^}]*result=\"([\\w-]+)\"[^}]*\\}\\s+(\\S+)");

        static Metrics read(Api api) throws IOException, InterruptedException {
            String text = api.send(HttpRequest.newBuilder(URI.create(api.options.voucherManagement + "/q/metrics"))
                    .timeout(Duration.ofSeconds(30)).GET().build()).body();
            Map<String, Long> cache = new LinkedHashMap<>();
            Matcher m = CACHE.matcher(text);
            while (m.find()) {
                cache.put(m.group(1), (long) Double.parseDouble(m.group(2)));
            }
            Map<String, Long> decisions = new LinkedHashMap<>();
            m = DECISIONS.matcher(text);
            while (m.find()) {
                decisions.put(m.group(1), (long) Double.parseDouble(m.group(2)));
            }
            return new Metrics(cache.getOrDefault("hit", 0L), cache.getOrDefault("miss", 0L),
                    cache.getOrDefault("error", 0L), decisions);
        }

        Metrics minus(Metrics before) {
            Map<String, Long> d = new LinkedHashMap<>();
            decisions.forEach((k, v) -> {
                long delta = v - before.decisions.getOrDefault(k, 0L);
                if (delta != 0) {
                    d.put(k, delta);
                }
            });
            return new Metrics(hits - before.hits, misses - before.misses, errors - before.errors, d);
        }
    }

    /**
     * CPU time from /proc: each process of the suite (the launcher and its descendants, named by what
     * they run), this benchmark, and the whole machine, so a figure can be read against what else ran.
     */
    static final class CpuMeter {
        private final long launcherPid;
        private final int clockTicks;

        CpuMeter(long launcherPid, int clockTicks) {
            this.launcherPid = launcherPid;
            this.clockTicks = clockTicks;
        }

        record Snapshot(long nanos, Map<String, Double> seconds, double machineBusySeconds) {

            /** CPU seconds used per process group in the interval, plus "machine" and "others" (not ours). */
            Map<String, Double> minus(Snapshot before) {
                Map<String, Double> d = new LinkedHashMap<>();
                double ours = 0;
                for (var e : seconds.entrySet()) {
                    double used = e.getValue() - before.seconds.getOrDefault(e.getKey(), 0.0);
                    d.put(e.getKey(), used);
                    ours += used;
                }
                double machine = machineBusySeconds - before.machineBusySeconds;
                d.put("machine", machine);
                d.put("others", Math.max(0, machine - ours));
                d.put("wall", (nanos - before.nanos) / 1e9);
                return d;
            }
        }

        Snapshot snapshot() {
            Map<String, Double> seconds = new LinkedHashMap<>();
            seconds.put("bench", processSeconds(ProcessHandle.current().pid()));
            if (launcherPid > 0) {
                ProcessHandle.of(launcherPid).ifPresent(launcher -> {
                    seconds.merge("launcher+mongo", processSeconds(launcher.pid()), Double::sum);
                    launcher.descendants().forEach(p -> seconds.merge(nameOf(p.pid()), processSeconds(p.pid()),
                            Double::sum));
                });
            }
            return new Snapshot(System.nanoTime(), seconds, machineBusySeconds());
        }

        private static String nameOf(long pid) {
            String cmdline = read("/proc/" + pid + "/cmdline").replace('\0', ' ');
            Matcher m = Pattern.compile("/([\\w-]+)/target/quarkus-app/").matcher(cmdline);
            if (m.find()) {
                return m.group(1);
            }
            if (cmdline.contains("redis-server")) {
                return "redis";
            }
            if (cmdline.contains("kafka")) {
                return "kafka";
            }
            return "other";
        }

        private double processSeconds(long pid) {
            String stat = read("/proc/" + pid + "/stat");
            if (stat.isEmpty()) {
                return 0;
            }
            // Fields after the command name in parentheses: utime and stime are the 12th and 13th.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) clockTicks;
        }

        private double machineBusySeconds() {
            String[] f = read("/proc/stat").lines().findFirst().orElse("cpu 0 0 0 0").trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
            return (total - idle) / (double) clockTicks;
        }

        static String loadAverage() {
            String[] f = read("/proc/loadavg").split(" ");
            return f.length >= 3 ? f[0] + " " + f[1] + " " + f[2] : "?";
        }

        private static String read(String file) {
            try {
                return Files.readString(Path.of(file));
            } catch (IOException e) {
                return "";
            }
        }
    }

    /** The Markdown report. */
    static final class Report {
        private final StringBuilder machine = new StringBuilder();
        private final StringBuilder batches = new StringBuilder();
        private final StringBuilder decisions = new StringBuilder();
        private final StringBuilder cpu = new StringBuilder();

        void machine(Options options, CpuMeter meter) {
            machine.append("## Run\n\n")
                    .append("- date: ").append(Instant.now()).append('\n')
                    .append("- command: `").append(options.command).append("`\n")
                    .append("- client: ").append(options.client).append(" lanes, HTTP/1.1, closed loop\n")
                    .append("- cores: ").append(Runtime.getRuntime().availableProcessors())
                    .append(", load average at start: ").append(CpuMeter.loadAverage()).append("\n\n");
        }

        void batches(List<BatchRun> runs) {
            batches.append("## Batch generation (").append(String.format("%,d", runs.get(0).total()))
                    .append(" vouchers)\n\n")
                    .append("| run | POST answered (ms) | POST to READY (s) | vouchers/s | state |\n")
                    .append("|---:|---:|---:|---:|---|\n");
            for (BatchRun r : runs) {
                batches.append(String.format("| %d | %d | %.1f | %,.0f | %s |%n", r.run(), r.acceptedMillis(),
                        r.readySeconds(), r.done() / r.readySeconds(), r.state()));
            }
            double[] seconds = runs.stream().mapToDouble(BatchRun::readySeconds).sorted().toArray();
            double median = seconds.length % 2 == 1 ? seconds[seconds.length / 2]
                    : (seconds[seconds.length / 2 - 1] + seconds[seconds.length / 2]) / 2;
            batches.append(String.format("| median | | %.1f | %,.0f | |%n%n", median, runs.get(0).total() / median));
            batches.append("Progress (`done` from `GET /api/batches/{id}` at each second after the POST):\n\n");
            for (BatchRun r : runs) {
                StringBuilder curve = new StringBuilder();
                for (int[] p : r.perSecond()) {
                    curve.append(p[0]).append("s:").append(p[1]).append(' ');
                }
                batches.append("- run ").append(r.run()).append(": ").append(curve.toString().trim()).append('\n');
            }
            batches.append('\n');
        }

        void decision(Scenario scenario, int concurrency, Runner.Result r, Metrics delta,
                Map<String, Double> cpuUsed) {
            if (decisions.isEmpty()) {
                decisions.append("## Authorization decisions (POST /internal/authorize)\n\n")
                        .append("| scenario | C | decisions/s | p50 ms | p99 ms | max ms | requests | non-200 "
                                + "| wrong answer | cache hit / miss / error | decisions counted |\n")
                        .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
                cpu.append("## CPU seconds per scenario (from /proc; 'others' = machine busy minus the suite "
                        + "and the bench)\n\n")
                        .append("| scenario | C | wall s | voucher-service | redis | launcher+mongo | kafka "
                                + "| other services | bench | others | machine busy (cores) |\n")
                        .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            }
            decisions.append(String.format("| %s | %d | %,.0f | %.2f | %.2f | %.1f | %,d | %d | %d | %d / %d / %d | %s |%n",
                    scenario.title(), concurrency, r.perSecond(), r.percentile(50), r.percentile(99), r.maxMillis(),
                    r.count(), r.errors(), r.wrong(), delta.hits(), delta.misses(), delta.errors(),
                    delta.decisions().toString().replaceAll("[{}]", "")));
            double wall = cpuUsed.get("wall");
            double otherServices = 0;
            for (String s : List.of("auth-service", "session-service", "router-gateway", "portal-web", "other")) {
                otherServices += cpuUsed.getOrDefault(s, 0.0);
            }
            cpu.append(String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f |%n",
                    scenario.title(), concurrency, wall, cpuUsed.getOrDefault("voucher-service", 0.0),
                    cpuUsed.getOrDefault("redis", 0.0), cpuUsed.getOrDefault("launcher+mongo", 0.0),
                    cpuUsed.getOrDefault("kafka", 0.0), otherServices, cpuUsed.getOrDefault("bench", 0.0),
                    cpuUsed.get("others"), cpuUsed.get("machine") / wall));
        }

        String markdown() {
            return machine.toString() + batches + decisions + (decisions.isEmpty() ? "" : "\n") + cpu;
        }
    }
}
