import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DOMParser } from 'linkedom';
import { exportFixtureStore, sink } from './export-fixture.ts';
import { writeGexf } from './gexf.ts';

describe('GEXF export', () => {
  it('parses as XML with every node and edge of the network', async () => {
    const store = await exportFixtureStore();
    const network = await store.network();
    await store.close();
    const out = sink();
    await writeGexf(network, out);
    const doc = new DOMParser().parseFromString(out.text(), 'text/xml');
    assert.equal(doc.documentElement.tagName, 'gexf');
    const nodes = [...doc.getElementsByTagName('node')];
    const edges = [...doc.getElementsByTagName('edge')];
    assert.equal(nodes.length, network.nodes.length);
    assert.equal(edges.length, network.edges.length);
    assert.ok(nodes.length >= 4);
    const ids = new Set(nodes.map((n: any) => n.getAttribute('id')));
    for (const e of edges as any[]) assert.ok(ids.has(e.getAttribute('source')) && ids.has(e.getAttribute('target')));
    assert.ok(nodes.some((n: any) => n.getAttribute('label') === 'Vladimir Putin'));
  });

  it('escapes XML in labels', async () => {
    const out = sink();
    await writeGexf({ nodes: [{ id: 'a&b', label: '<AT&T> "x"', country: null, type: 'ORG' }], edges: [] }, out);
    assert.match(out.text(), /<node id="a&amp;b" label="&lt;AT&amp;T&gt; &quot;x&quot;">/);
    assert.equal(new DOMParser().parseFromString(out.text(), 'text/xml').getElementsByTagName('node').length, 1);
  });
});
