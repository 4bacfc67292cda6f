/** GEXF 1.3 export of the actor network for Gephi: nodes with country and type, edges weighted by count. */
import type { Network } from '../store/rows.ts';
import { write } from './records.ts';

function xml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export async function writeGexf(network: Network, out: NodeJS.WritableStream): Promise<{ nodes: number; edges: number }> {
  await write(out, `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta><creator>newsgraph</creator><description>actors: who acts on whom (events) and who speaks of whom (quotes)</description></meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node">
      <attribute id="country" title="country" type="string"/>
      <attribute id="type" title="type" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="tone" title="tone" type="double"/>
    </attributes>
    <nodes>
`);
  for (const n of network.nodes) {
    await write(out, `      <node id="${xml(n.id)}" label="${xml(n.label)}"><attvalues><attvalue for="country" value="${xml(n.country ?? '')}"/>`
      + `<attvalue for="type" value="${xml(n.type ?? '')}"/></attvalues></node>\n`);
  }
  await write(out, '    </nodes>\n    <edges>\n');
  for (const [i, e] of network.edges.entries()) {
    await write(out, `      <edge id="${i}" source="${xml(e.source)}" target="${xml(e.target)}" weight="${e.count}"><attvalues>`
      + `<attvalue for="kind" value="${e.kind}"/>${e.tone === null ? '' : `<attvalue for="tone" value="${e.tone}"/>`}</attvalues></edge>\n`);
  }
  await write(out, '    </edges>\n  </graph>\n</gexf>\n');
  return { nodes: network.nodes.length, edges: network.edges.length };
}
