package org.hotspot.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commands the service under test has sent to MongoDB so far, by command and collection, as its
 * own metrics count them ({@code mongodb_driver_commands_seconds_count}): what a test of a path's
 * cost compares before and after.
 */
public final class MongoCommands {

    private static final Pattern COUNT =
            Pattern.compile("^mongodb_driver_commands_seconds_count\\{([^}]*)} ([0-9.eE+]+)$",
                    Pattern.MULTILINE);
    private static final Pattern TAG = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final Map<String, Long> counts;

    private MongoCommands(Map<String, Long> counts) {
        this.counts = counts;
    }

    /** The counts now. */
    public static MongoCommands now() {
        String metrics = Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Long> counts = new HashMap<>();
        Matcher line = COUNT.matcher(metrics);
        while (line.find()) {
            Map<String, String> tags = new HashMap<>();
            Matcher tag = TAG.matcher(line.group(1));
            while (tag.find()) {
                tags.put(tag.group(1), tag.group(2));
            }
            counts.merge(tags.get("command") + "/" + tags.get("collection"), (long) Double.parseDouble(line.group(2)),
                    Long::sum);
        }
        if (counts.isEmpty()) {
            throw new IllegalStateException(
                    "no mongodb_driver_commands_seconds_count in /q/metrics: is quarkus.mongodb.metrics.enabled on?");
        }
        return new MongoCommands(counts);
    }

    /** How many more commands of this kind on this collection were sent by {@code later} than by this. */
    public long until(MongoCommands later, String command, String collection) {
        String key = command + "/" + collection;
        return later.counts.getOrDefault(key, 0L) - counts.getOrDefault(key, 0L);
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
