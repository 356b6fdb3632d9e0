// Names of the document settings the add-in keeps (read and written through a host session's settings).

/** Where the pane stores the officer's choices (rule profile, draft notes, highlight colours); the ribbon reads them. */
export const PANE_SETTINGS_KEY = 'jixiao.pane.settings';
