// React context carrying the pane's strings (zh-CN or en), chosen once from Office's display language.

import { createContext, useContext } from 'react';
import { zhCN, type PaneStrings } from '../i18n/pane';

export const StringsContext = createContext<PaneStrings>(zhCN);

export function useStrings(): PaneStrings {
  return useContext(StringsContext);
}
