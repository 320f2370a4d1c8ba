package org.entente.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop settings (file systems, credentials given as {@code spark.hadoop.*}), carried to the executors,
 * where a task reads and writes through them.
 */
final class HadoopConf implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, String> settings;

    private HadoopConf(Map<String, String> settings) {
        this.settings = settings;
    }

    static HadoopConf of(Configuration conf) {
        Map<String, String> settings = new HashMap<>();
        conf.forEach(e -> settings.put(e.getKey(), e.getValue()));
        return new HadoopConf(settings);
    }

    Configuration toConfiguration() {
        Configuration conf = new Configuration(false);
        settings.forEach(conf::set);
        return conf;
    }
}
