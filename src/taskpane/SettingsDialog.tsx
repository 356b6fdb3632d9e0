// Settings stored in the document: the rule profile (with its rule texts visible), whether to draft
// deviation notes, whether and in which colours to highlight. Loaded on demand (React.lazy).

import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Option,
  Switch,
  SwatchPicker,
  ColorSwatch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { RuleProfile } from '../domain/profile';
import type { PaneSettings } from './settings';
import { profileLabel, renderRule } from '../i18n/rules';

import { useStrings } from './strings';
import { exitMotion, useFocusFirstControl } from './useDialog';

const PALETTE = {
  failed: ['#FFC7CE', '#F8CBAD', '#FF9999', '#F4B084'],
  review: ['#FFEB9C', '#FFF2CC', '#DDEBF7', '#E2EFDA'],
};

const useStyles = makeStyles({
  surface: { maxWidth: 'min(560px, calc(100vw - 16px))', padding: tokens.spacingHorizontalM },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  dropdown: { minWidth: 0, width: '100%' },
  rules: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  ruleText: { overflowWrap: 'anywhere' },
});

export interface SettingsDialogProps {
  /** Closing sets this false (the dialog animates out and hands focus and the page back). */
  open: boolean;
  settings: PaneSettings;
  profiles: readonly RuleProfile[];
  onSave(settings: PaneSettings): void;
  onCancel(): void;
  /** Fluent has finished closing the dialog: the pane unmounts it. */
  onClosed?(): void;
}

export default function SettingsDialog({ open, settings, profiles, onSave, onCancel, onClosed }: SettingsDialogProps) {
  const s = useStrings();
  const c = useStyles();
  const surface = useFocusFirstControl(open);
  const [draft, setDraft] = useState<PaneSettings>(settings);
  const profile = profiles.find((p) => p.id === draft.profileId) ?? profiles[0];
  const setColor = (which: 'failed' | 'review', value: string) =>
    setDraft((d) => ({ ...d, colors: { ...d.colors, [which]: value } }));

  // Excel's own light fills (好/差/适中 cell styles and their neighbours); a stored colour not among them is kept as a swatch.
  const colorField = (which: 'failed' | 'review', label: string) => {
    const value = draft.colors[which];
    const palette = PALETTE[which].includes(value) ? PALETTE[which] : [value, ...PALETTE[which]];
    return (
      <Field label={label}>
        <SwatchPicker
          aria-label={label}
          layout="row"
          size="small"
          selectedValue={value}
          onSelectionChange={(_e, data) => data.selectedValue && setColor(which, data.selectedValue)}
        >
          {palette.map((color) => (
            <ColorSwatch
              key={color}
              color={color}
              value={color}
              aria-label={s.colorName(color)}
              disabled={!draft.highlight}
            />
          ))}
        </SwatchPicker>
      </Field>
    );
  };

  return (
    <Dialog
      open={open}
      modalType="modal"
      onOpenChange={(_e, data) => !data.open && onCancel()}
      surfaceMotion={onClosed ? exitMotion(onClosed) : undefined}
    >
      <DialogSurface className={c.surface} ref={surface}>
        <DialogBody>
          <DialogTitle>{s.settingsTitle}</DialogTitle>
          <DialogContent className={c.content}>
            <Field label={s.profileLabel}>
              <Dropdown
                className={c.dropdown}
                value={profile ? profileLabel(profile.id, s.lang) : ''}
                selectedOptions={profile ? [profile.id] : []}
                onOptionSelect={(_e, data) => setDraft((d) => ({ ...d, profileId: data.optionValue }))}
              >
                {profiles.map((p) => (
                  <Option key={p.id} value={p.id}>
                    {profileLabel(p.id, s.lang)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Switch
              label={s.draftNotesLabel}
              checked={draft.draftNotes}
              onChange={(_e, data) => setDraft((d) => ({ ...d, draftNotes: data.checked }))}
            />
            <Switch
              label={s.highlightLabel}
              checked={draft.highlight}
              onChange={(_e, data) => setDraft((d) => ({ ...d, highlight: data.checked }))}
            />
            {colorField('failed', s.colorFailed)}
            {colorField('review', s.colorReview)}
            {profile && profile.texts.length > 0 && (
              <section aria-label={s.profileRules}>
                <Text weight="semibold" size={200}>
                  {s.profileRules}
                </Text>
                <ul className={c.rules}>
                  {profile.texts
                    .map((t) => renderRule(t, s.lang))
                    .map((t) => (
                      <li key={t}>
                        <Text size={200} className={c.ruleText}>
                          {t}
                        </Text>
                      </li>
                    ))}
                </ul>
              </section>
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() =>
                onSave({
                  ...draft,
                  profileId: profile?.id,
                  colors: { failed: draft.colors.failed.toUpperCase(), review: draft.colors.review.toUpperCase() },
                })
              }
            >
              {s.save}
            </Button>
            <Button onClick={onCancel}>{s.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
