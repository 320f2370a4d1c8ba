package org.entente.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.Function2;
import scala.Tuple2;

/**
 * The executor's side of the job for one shard: keeps the first article of each id in input order (a later one is a
 * failure, as in {@code load}), writes the kept articles' graphs into one gzip N-Quads file, {@code part-NNNNN.nq.gz}
 * in the staging folder, and hands back the outcomes without their quads. A retried task rewrites the same file.
 */
final class ShardWriter implements Function2<Integer, Iterator<Tuple2<String, Iterable<Outcome>>>, Iterator<Outcome>> {
    private static final long serialVersionUID = 1L;

    private final String folder;
    private final HadoopConf hadoop;

    ShardWriter(Path folder, HadoopConf hadoop) {
        this.folder = folder.toString();
        this.hadoop = hadoop;
    }

    /** The shard file name of a partition. */
    static String shardName(int partition) {
        return String.format(Locale.ROOT, "part-%05d.nq.gz", partition);
    }

    @Override
    public Iterator<Outcome> call(Integer partition, Iterator<Tuple2<String, Iterable<Outcome>>> groups) {
        String name = shardName(partition);
        Path file = new Path(folder, name);
        List<Outcome> outcomes = new ArrayList<>();
        OutputStream out = null;
        try {
            while (groups.hasNext()) {
                List<Outcome> group = sorted(groups.next()._2());
                Outcome first = group.get(0);
                if (first.kind() == Outcome.Kind.ARTICLE) {
                    if (out == null) {
                        out = open(file);
                    }
                    out.write(first.nquads());
                    outcomes.add(first.storedIn(name));
                    group.subList(1, group.size()).forEach(later -> outcomes.add(later.duplicateOf(first)));
                } else {
                    outcomes.addAll(group);
                }
            }
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the shard " + file + ": " + e.getMessage(), e);
        }
        return outcomes.iterator();
    }

    private OutputStream open(Path file) throws IOException {
        FileSystem fs = file.getFileSystem(hadoop.toConfiguration());
        return new GZIPOutputStream(fs.create(file, true), 1 << 16);
    }

    private static List<Outcome> sorted(Iterable<Outcome> group) {
        List<Outcome> list = new ArrayList<>();
        group.forEach(list::add);
        list.sort(Comparator.comparingLong(Outcome::order));
        return list;
    }
}
