// The `numfmt` package (Excel number formatting), pinned to 3.2.x: the 4.0.x releases point their
// CommonJS entry at dist/index.cjs, a file they do not ship, so require('numfmt') fails under Node/jest.
import * as numfmtModule from 'numfmt';

type NumfmtApi = Pick<typeof numfmtModule, 'format'>;

export const numfmt: NumfmtApi = numfmtModule;
