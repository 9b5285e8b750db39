package io.tagwright.core.dataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import io.tagwright.core.io.AtomicFiles;
import io.tagwright.model.Dataset;
import io.tagwright.model.ModelPackage;

/**
 * The {@code .tagwright} project file: the dataset model as XMI, minus the captions (transient in the
 * model; the caption files are the truth). Saved atomically.
 */
public final class ProjectFile {

    public static final String EXTENSION = "tagwright";
    public static final String DEFAULT_NAME = "dataset." + EXTENSION;

    private ProjectFile() {
    }

    /** A resource set that knows the model and the project file extension, inside OSGi or not. */
    public static ResourceSet newResourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        rs.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new XMIResourceFactoryImpl());
        return rs;
    }

    /** Loads the dataset of an existing project file into {@code rs}. */
    public static Dataset load(ResourceSet rs, Path file) throws IOException {
        Resource resource = rs.createResource(uri(file));
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, ParserPools.POOL);
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        try (var in = Files.newInputStream(file)) {
            resource.load(in, options);
        } catch (IOException | RuntimeException e) {
            throw new IOException(file.getFileName() + " is not a readable Tagwright project file: " + e.getMessage(), e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Dataset dataset)) {
            throw new IOException(file.getFileName() + " does not contain a dataset");
        }
        return dataset;
    }

    /** Puts a new dataset into a resource for {@code file} (not written until {@link #save}). */
    public static Resource attach(ResourceSet rs, Path file, Dataset dataset) {
        Resource resource = rs.createResource(uri(file));
        resource.getContents().add(dataset);
        return resource;
    }

    public static void save(Resource resource, Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        resource.save(out, options);
        AtomicFiles.write(file, out.toByteArray());
    }

    private static URI uri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().toString());
    }

    /** XML parsers are expensive to create; reuse them across loads. */
    private static final class ParserPools {
        static final org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl POOL = new org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl();
    }
}
