package io.tagwright.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.ProjectFile;

/** Opens the dataset a command names: a kohya folder or a {@code .tagwright} file. */
public final class Datasets {

    private Datasets() {
    }

    public static DatasetSession open(String argument, IProgressMonitor monitor) throws IOException {
        Path p = Path.of(argument).toAbsolutePath().normalize();
        if (!Files.exists(p)) {
            throw new IOException(argument + ": no such file or folder");
        }
        if (Files.isRegularFile(p) && p.getFileName().toString().endsWith("." + ProjectFile.EXTENSION)) {
            return DatasetSession.open(p, monitor);
        }
        return DatasetSession.openFolder(p, p.getFileName().toString(), monitor);
    }
}
