package io.tagwright.releng.emfgen;

import java.io.File;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates EMF model and edit code from a .genmodel outside Eclipse: what "Generate Model Code" and
 * "Generate Edit Code" do in the IDE, on a plain class path.
 *
 * <p>Usage: {@code EmfCodegen PROJECTS_DIR GENMODEL...} where PROJECTS_DIR holds the projects named by the
 * genmodel's {@code modelDirectory}/{@code editDirectory} ({@code /io.tagwright.model/src-gen} is
 * {@code PROJECTS_DIR/io.tagwright.model/src-gen}).
 *
 * <p>Why each step is here:
 * <ul>
 * <li>{@code ExtensionProcessor.process} maps {@code platform:/plugin/...} to the jars on the class path; without it
 * references to Ecore's own genmodel stay proxies and the output silently differs, so unresolved proxies fail.
 * <li>New files get the JVM line separator; it is forced to LF so every machine generates identical files.
 * <li>Templates are the precompiled ones in the codegen jar: dynamic templates only work inside Eclipse.
 * </ul>
 */
public final class EmfCodegen {

    private EmfCodegen() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: EmfCodegen PROJECTS_DIR GENMODEL...");
        }
        Path projects = Path.of(args[0]).toAbsolutePath().normalize();
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        EcorePlugin.ExtensionProcessor.process(null);
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        String eol = System.getProperty("line.separator");
        System.setProperty("line.separator", "\n");
        try {
            for (int i = 1; i < args.length; i++) {
                generate(projects, Path.of(args[i]).toAbsolutePath().normalize());
            }
        } finally {
            System.setProperty("line.separator", eol);
        }
    }

    private static void generate(Path projects, Path genModelFile) {
        long start = System.nanoTime();
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getURIConverter().getURIMap().put(URI.createURI("platform:/resource/"),
                URI.createFileURI(projects + File.separator));
        GenModel genModel = (GenModel) resourceSet.getResource(URI.createFileURI(genModelFile.toString()), true)
                .getContents().get(0);
        EcoreUtil.resolveAll(resourceSet);
        Map<EObject, Collection<EStructuralFeature.Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer
                .find(resourceSet);
        if (!unresolved.isEmpty()) {
            throw new IllegalStateException(genModelFile + ": unresolved references " + unresolved.keySet());
        }
        if (genModel.isDynamicTemplates()) {
            throw new IllegalStateException(genModelFile + ": dynamicTemplates only work inside Eclipse");
        }
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setValidateModel(false);
        Diagnostic diagnostic = genModel.diagnose();
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException(genModelFile + ": invalid genmodel: " + diagnostic);
        }
        Generator generator = new Generator();
        generator.setInput(genModel);
        check(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor()));
        check(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor()));
        System.out.printf("generated model and edit code from %s in %d ms%n", genModelFile.getFileName(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static void check(Diagnostic diagnostic) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            StringBuilder sb = new StringBuilder(diagnostic.getMessage());
            for (Diagnostic child : diagnostic.getChildren()) {
                sb.append("\n  ").append(child.getMessage());
            }
            throw new IllegalStateException(sb.toString());
        }
    }
}
