package org.entente.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job's output folder, replaced as a whole: the job writes into a staging folder beside it, and only a finished
 * job moves it into place (the previous content is removed), so a rerun replaces a batch and never adds to it, and a
 * failed run leaves the previous output as it was. A folder that exists and is not empty is replaced only when it
 * holds a manifest, i.e. when it is an earlier output of this job.
 */
final class OutputDirectory {
    /** The manifest's file name inside the output folder. */
    static final String MANIFEST = "manifest.json";

    private final FileSystem fs;
    private final Path target;
    private final Path staging;

    private OutputDirectory(FileSystem fs, Path target) {
        this.fs = fs;
        this.target = target;
        this.staging = new Path(target.getParent(), "." + target.getName() + ".staging-" + UUID.randomUUID());
    }

    /** The output folder {@code uri}; fails, naming it, when it is a file or a folder this job did not write. */
    static OutputDirectory of(String uri, Configuration conf) {
        try {
            Path path = new Path(uri);
            FileSystem fs = path.getFileSystem(conf);
            Path target = fs.makeQualified(path);
            if (target.getParent() == null) {
                throw new IllegalArgumentException(uri + ": the output cannot be a file system's root");
            }
            if (fs.exists(target)) {
                FileStatus status = fs.getFileStatus(target);
                if (!status.isDirectory()) {
                    throw new IllegalArgumentException(uri + ": the output exists and is a file, not a folder");
                }
                if (fs.listStatus(target).length > 0 && !fs.exists(new Path(target, MANIFEST))) {
                    throw new IllegalArgumentException(uri + ": the output folder is not empty and holds no "
                            + MANIFEST + ", so it is not an earlier output of this job; refusing to replace it");
                }
            }
            return new OutputDirectory(fs, target);
        } catch (IOException e) {
            throw new UncheckedIOException(uri + ": cannot check the output folder: " + e.getMessage(), e);
        }
    }

    /** The final folder. */
    Path target() {
        return target;
    }

    /** The folder the job writes into; created. */
    Path stage() throws IOException {
        if (!fs.mkdirs(staging)) {
            throw new IOException(staging + ": cannot create the staging folder");
        }
        return staging;
    }

    /** Moves the staging folder into place, replacing what was there. */
    void commit() throws IOException {
        Path old = new Path(target.getParent(), "." + target.getName() + ".old-" + UUID.randomUUID());
        boolean hadOld = fs.exists(target);
        if (hadOld && !fs.rename(target, old)) {
            throw new IOException(target + ": cannot move the previous output aside to " + old);
        }
        if (!fs.rename(staging, target)) {
            if (hadOld) {
                fs.rename(old, target);
            }
            throw new IOException(staging + ": cannot move the new output into place at " + target);
        }
        if (hadOld) {
            fs.delete(old, true);
        }
    }

    /** Removes the staging folder of a failed run. */
    void abort() {
        try {
            fs.delete(staging, true);
        } catch (IOException e) {
            throw new UncheckedIOException(staging + ": cannot remove the staging folder: " + e.getMessage(), e);
        }
    }
}
