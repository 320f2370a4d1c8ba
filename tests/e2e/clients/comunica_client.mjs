// Queries a SPARQL endpoint with Comunica (@comunica/query-sparql) and writes each result as CSV.
//
//     node comunica_client.mjs ENDPOINT OUT_DIR QUERY.rq...
//
// writes OUT_DIR/NAME.csv for each QUERY NAME.rq, in the SPARQL 1.1 CSV results format: an IRI as the IRI, a literal
// as its lexical form, a blank node as _:label, an unbound variable as an empty field. Exit status 0 when every query
// answered, 1 otherwise.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { QueryEngine } from '@comunica/query-sparql';

function csvField(text) {
  return /[",\r\n]/.test(text) ? '"' + text.replaceAll('"', '""') + '"' : text;
}

function value(term) {
  if (!term) {
    return '';
  }
  return term.termType === 'BlankNode' ? '_:' + term.value : term.value;
}

async function run(engine, endpoint, queryFile, outDir) {
  const name = basename(queryFile, extname(queryFile));
  const result = await engine.query(readFileSync(queryFile, 'utf8'), {
    sources: [{ type: 'sparql', value: endpoint }],
  });
  if (result.resultType !== 'bindings') {
    throw new Error(`expected a SELECT query, got a ${result.resultType} result`);
  }
  // RDF/JS query metadata: variables as RDF.Variable, or as { variable, canBeUndef } in Comunica's own form.
  const variables = (await result.metadata()).variables.map((v) => (v.variable ? v.variable.value : v.value));
  const bindings = await (await result.execute()).toArray();
  const lines = [variables.map(csvField).join(',')];
  for (const binding of bindings) {
    lines.push(variables.map((v) => csvField(value(binding.get(v)))).join(','));
  }
  writeFileSync(join(outDir, name + '.csv'), lines.join('\r\n') + '\r\n', 'utf8');
  process.stderr.write(`Comunica: ${name}: ${bindings.length} rows\n`);
}

async function main(args) {
  if (args.length < 3) {
    process.stderr.write('usage: node comunica_client.mjs ENDPOINT OUT_DIR QUERY.rq...\n');
    return 2;
  }
  const [endpoint, outDir, ...queryFiles] = args;
  mkdirSync(outDir, { recursive: true });
  const engine = new QueryEngine();
  let failures = 0;
  for (const queryFile of queryFiles) {
    try {
      await run(engine, endpoint, queryFile, outDir);
    } catch (e) {
      process.stderr.write(`Comunica: ${queryFile}: ${e && e.message ? e.message : e}\n`);
      failures++;
    }
  }
  return failures ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
