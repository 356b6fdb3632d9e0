// Last line of defence: a rendering failure (or a chunk that failed to load) shows a Fluent
// MessageBar saying what happened, instead of leaving the officer with a blank pane.

import { Component, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PaneStrings } from '../i18n/pane';

interface Props {
  strings: PaneStrings;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const s = this.props.strings;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
          {s.unexpectedError(error.message)}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => this.setState({ error: null })}>
            {s.retry}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
