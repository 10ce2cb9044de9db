package dev.mcphex.bench.clients;

import java.io.InputStream;
import java.net.Socket;
import java.util.Arrays;

/**
 * Times a {@code tools/call} of {@code progress} (10 progress notifications streamed over SSE, then the
 * result): per call, the time to the first notification and to the result. Prints one JSON line with
 * medians and 99th percentiles in milliseconds. Arguments: port, path, calls.
 */
public final class ProgressLatency {

    private ProgressLatency() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String path = args[1];
        int calls = Integer.parseInt(args[2]);
        int warmup = Math.max(50, calls / 5);
        double[] first = new double[calls];
        double[] total = new double[calls];
        int errors = 0;
        for (int i = -warmup; i < calls; i++) {
            long id = Http.nextId();
            String body = Http.modernBody(id, "tools/call", "\"name\":\"progress\",\"arguments\":{}",
                    ",\"progressToken\":\"p" + id + "\"");
            long start = System.nanoTime();
            try (Socket socket = Http.post(port, path, "tools/call", "progress", body)) {
                InputStream in = socket.getInputStream();
                var seen = new StringBuilder();
                int afterFirst = Http.readUntil(in, seen, 0, "notifications/progress");
                long firstAt = System.nanoTime();
                int end = afterFirst < 0 ? -1 : Http.readUntil(in, seen, afterFirst, "\"text\":\"done\"");
                long doneAt = System.nanoTime();
                int notifications = countOf(seen, "notifications/progress");
                if (end < 0 || notifications != 10) {
                    errors++;
                } else if (i >= 0) {
                    first[i] = (firstAt - start) / 1e6;
                    total[i] = (doneAt - start) / 1e6;
                }
            }
        }
        Arrays.sort(first);
        Arrays.sort(total);
        System.out.printf(java.util.Locale.ROOT, "{\"calls\":%d,\"errors\":%d,\"firstProgressP50Ms\":%.3f,\"firstProgressP99Ms\":%.3f,"
                        + "\"resultP50Ms\":%.3f,\"resultP99Ms\":%.3f}%n", calls, errors,
                percentile(first, 0.5), percentile(first, 0.99), percentile(total, 0.5), percentile(total, 0.99));
    }

    private static int countOf(StringBuilder text, String marker) {
        int count = 0;
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
            count++;
        }
        return count;
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
