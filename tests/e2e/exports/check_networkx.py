#!/usr/bin/python3
"""Reads Entente's GraphML and GEXF exports with networkx and checks them.

Usage: /usr/bin/python3 check_networkx.py [--expect "A|B|polarity" ...] FILE.graphml|FILE.gexf ...

For each file prints one JSON object a line: the format, node and edge counts, whether the graph is dynamic, the
node attributes of the first node, and every edge as [label A, label B, polarity, weight, evidence, spells]. With
--expect, exits 1 unless every file has an edge between the two labelled nodes (either order) with that polarity.
Use Debian's python3 (/usr/bin/python3), which has python3-networkx.
"""
import argparse
import json
import sys

import networkx as nx


def read(path):
    if path.endswith(".graphml"):
        return "graphml", nx.read_graphml(path)
    if path.endswith(".gexf"):
        return "gexf", nx.read_gexf(path)
    raise SystemExit(f"{path}: not a .graphml or .gexf file")


def summary(path):
    fmt, graph = read(path)
    label = lambda node: graph.nodes[node].get("label", node)
    edges = []
    for a, b, data in graph.edges(data=True):
        edges.append([label(a), label(b), data.get("polarity"), data.get("weight"), data.get("evidence"),
                      [list(s) for s in data.get("spells", [])]])
    first = next(iter(graph.nodes(data=True)), (None, {}))
    node_attributes = {k: v for k, v in first[1].items() if k != "spells"}
    return {
        "file": path,
        "format": fmt,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "multigraph": graph.is_multigraph(),
        "dynamic": graph.graph.get("mode") == "dynamic",
        "labels": sorted(label(n) for n in graph.nodes),
        "node_attributes": node_attributes,
        "edge_list": edges,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--expect", action="append", default=[], help='"label A|label B|polarity"')
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    failures = []
    for path in args.files:
        result = summary(path)
        print(json.dumps(result, ensure_ascii=False))
        found = {(min(a, b), max(a, b), p) for a, b, p, *_ in result["edge_list"]}
        for expected in args.expect:
            a, b, polarity = expected.split("|")
            if (min(a, b), max(a, b), polarity) not in found:
                failures.append(f"{path}: no {polarity} edge between {a} and {b}")
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
