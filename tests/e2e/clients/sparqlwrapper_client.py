"""Queries a SPARQL endpoint with SPARQLWrapper (SPARQL JSON results) and writes each result as CSV.

    /usr/bin/python3 sparqlwrapper_client.py ENDPOINT OUT_DIR QUERY.rq...

writes OUT_DIR/NAME.csv for each QUERY NAME.rq. Exit status 0 when every query answered, 1 otherwise.
"""
import sys

from SPARQLWrapper import JSON, POST, SPARQLWrapper

import result_csv


def value(binding):
    if binding is None:
        return ""
    if binding["type"] == "bnode":
        return "_:" + binding["value"]
    return binding["value"]


def main(endpoint, out_dir, query_files):
    failures = 0
    for query_file in query_files:
        name = result_csv.query_name(query_file)
        try:
            client = SPARQLWrapper(endpoint)
            client.setMethod(POST)
            client.setReturnFormat(JSON)
            client.setQuery(result_csv.read_query(query_file))
            answer = client.queryAndConvert()
            variables = answer["head"]["vars"]
            rows = [[value(b.get(v)) for v in variables] for b in answer["results"]["bindings"]]
            result_csv.write("%s/%s.csv" % (out_dir, name), variables, rows)
            print("SPARQLWrapper: %s: %d rows" % (name, len(rows)), file=sys.stderr)
        except Exception as e:  # report every failing query, then fail
            print("SPARQLWrapper: %s: %s: %s" % (query_file, type(e).__name__, e), file=sys.stderr)
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
