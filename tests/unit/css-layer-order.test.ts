import { describe, expect, it } from 'vitest';
import { withLayerOrder } from '../../src/lib/build-setup/css-layer-order.ts';

const ORDER = '@layer starlight.base, starlight.components;';

describe('withLayerOrder', () => {
  it('puts the order first in a stylesheet that uses Starlight’s layers', () => {
    const css = '@layer starlight.components{svg{width:1em}}@layer starlight.base{:root{color:red}}';
    expect(withLayerOrder(css, ORDER)).toBe(ORDER + css);
  });

  it('leaves a stylesheet that already begins with it, or uses no Starlight layer, as it is', () => {
    expect(withLayerOrder(`${ORDER}a{b:c}`, ORDER)).toBe(`${ORDER}a{b:c}`);
    expect(withLayerOrder('@media print{a{b:c}}', ORDER)).toBe('@media print{a{b:c}}');
  });
});
