package org.entente.e2e.gephi;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Element;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Imports one GEXF or GraphML file with the Gephi toolkit, with the settings Gephi desktop's import uses by default,
 * and prints what Gephi built, one tab-separated record a line:
 * <pre>
 * graph    nodes=4  edges=4  dynamic=true  directed=false  timeBounds=[2022-01-01, 2024-11-06]
 * issue    WARNING  the importer's message
 * column   node|edge  id  title  type
 * node     id  label  column=value ...
 * edge     sourceLabel  targetLabel  weight  intervals  column=value ...
 * </pre>
 * Exit code 0 when Gephi imported the file; otherwise an exception names the file and the problem (exit code 1).
 *
 * <pre>
 * java -cp "$(cat target/classpath.txt):target/classes" org.entente.e2e.gephi.GephiImportCheck network.gexf
 * </pre>
 */
public final class GephiImportCheck {
    private GephiImportCheck() {
    }

    public static void main(String[] args) throws FileNotFoundException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: GephiImportCheck FILE.gexf|FILE.graphml");
        }
        File file = new File(args[0]);
        if (!file.isFile()) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        Workspace workspace = projects.getCurrentWorkspace();
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        Container container = importer.importFile(file);
        if (container == null) {
            throw new IllegalStateException(file + ": Gephi found no importer for this file or could not read it");
        }
        for (Issue.Level level : List.of(Issue.Level.CRITICAL, Issue.Level.SEVERE, Issue.Level.WARNING)) {
            for (Issue issue : container.getReport().getIssuesList(level.toInteger())) {
                if (issue.getLevel() == level) {
                    out.println("issue\t" + level + "\t" + clean(issue.getMessage()));
                }
            }
        }
        if (!container.verify()) {
            throw new IllegalStateException(file + ": Gephi's import verification failed");
        }
        importer.process(container, new DefaultProcessor(), workspace);
        GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
        Graph graph = model.getGraph();
        out.println("graph\tnodes=" + graph.getNodeCount() + "\tedges=" + graph.getEdgeCount()
                + "\tdynamic=" + model.isDynamic() + "\tdirected=" + model.isDirected()
                + "\ttimeBounds=" + bounds(model.getTimeBounds()));
        for (Column column : model.getNodeTable()) {
            out.println("column\tnode\t" + column.getId() + "\t" + column.getTitle() + "\t" + column.getTypeClass().getSimpleName());
        }
        for (Column column : model.getEdgeTable()) {
            out.println("column\tedge\t" + column.getId() + "\t" + column.getTitle() + "\t" + column.getTypeClass().getSimpleName());
        }
        for (Node node : graph.getNodes()) {
            out.println("node\t" + node.getId() + "\t" + clean(node.getLabel()) + attributes(node));
        }
        for (Edge edge : graph.getEdges()) {
            out.println("edge\t" + clean(edge.getSource().getLabel()) + "\t" + clean(edge.getTarget().getLabel())
                    + "\t" + edge.getWeight() + "\t" + intervals(edge) + attributes(edge));
        }
    }

    private static String attributes(Element element) {
        StringBuilder text = new StringBuilder();
        for (Column column : element.getAttributeColumns()) {
            if (column.isProperty()) {
                continue;
            }
            Object value = element.getAttribute(column);
            if (value != null) {
                String shown = value.getClass().isArray() ? Arrays.deepToString(new Object[] {value}) : value.toString();
                text.append('\t').append(column.getId()).append('=').append(clean(shown));
            }
        }
        return text.toString();
    }

    private static String intervals(Element element) {
        List<String> spans = new ArrayList<>();
        for (Interval interval : element.getIntervals()) {
            spans.add(bounds(interval));
        }
        return "intervals=" + spans;
    }

    private static String bounds(Interval interval) {
        if (interval == null || Double.isInfinite(interval.getLow()) || Double.isInfinite(interval.getHigh())) {
            return "none";
        }
        return "[" + Instant.ofEpochMilli((long) interval.getLow()).toString().substring(0, 10) + ", "
                + Instant.ofEpochMilli((long) interval.getHigh()).toString().substring(0, 10) + "]";
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
