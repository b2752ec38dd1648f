import { ActionIcon, Button, Checkbox, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyProblemSaying } from '@/lib/notify';
import { isStaleVersion } from '@/lib/problem';
import { canWrite, useFieldLevels } from '@/lib/session/field-levels';
import { useUpdateItem, type HandoverItem } from '../api/handovers';

type Matter = { text: string; due: string };

/**
 * The write-up of one client for its successor: the state of work, the urgent matters each with a due date,
 * and "reviewed" once it is complete. The leaver writes it during their notice; a supervisor checks it.
 */
export function ItemEditor({ handoverId, item, readOnly = false, onDone }: {
  handoverId: string; item: HandoverItem; readOnly?: boolean; onDone: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateItem(handoverId);
  const level = useFieldLevels();
  // What the field rules withhold or mask here is shown as it is and never sent back.
  const writes = (field: 'stateOfWork' | 'urgentMatters') =>
    !readOnly && canWrite(level(`handover.${field}`)) && !item.redactedFields.includes(field);
  const [stateOfWork, setStateOfWork] = useState(item.stateOfWork ?? '');
  const [matters, setMatters] = useState<Matter[]>((item.urgentMatters ?? []).map((m) => ({ text: m.text, due: m.due })));
  const [reviewed, setReviewed] = useState(item.reviewed);
  const change = (index: number, part: Partial<Matter>) =>
    setMatters((current) => current.map((matter, at) => (at === index ? { ...matter, ...part } : matter)));
  const complete = matters.every((matter) => matter.text.trim() && matter.due);
  const save = () => update.mutate({
    item,
    // An emptied box clears the text (null in a merge patch); leaving it out would keep the old one.
    patch: {
      reviewed,
      ...(writes('stateOfWork') ? { stateOfWork: (stateOfWork.trim() || null) as string | undefined } : {}),
      ...(writes('urgentMatters') ? { urgentMatters: matters.map((matter) => ({ text: matter.text.trim(), due: matter.due })) } : {}),
    },
  }, {
    onSuccess: onDone,
    // Refused, the item is read again; the editor closes so that it reopens on the current version.
    onError: (error) => {
      notifyProblemSaying({ 'stale-version': 'handovers.itemStale' })(error);
      if (isStaleVersion(error)) onDone();
    },
  });

  return (
    <Stack>
      <Textarea label={t('handovers.stateOfWork')} description={t('handovers.stateOfWorkHint')} autosize minRows={4}
        readOnly={!writes('stateOfWork')} value={stateOfWork} onChange={(event) => setStateOfWork(event.currentTarget.value)} />
      <Stack gap="xs">
        <Text size="sm" fw={500}>{t('handovers.urgent')}</Text>
        {matters.map((matter, index) => (
          <Group key={index} align="flex-end" wrap="nowrap">
            <TextInput style={{ flex: 1 }} label={t('handovers.matter')} value={matter.text} readOnly={!writes('urgentMatters')}
              onChange={(event) => change(index, { text: event.currentTarget.value })} />
            <TextInput type="date" label={t('handovers.due')} value={matter.due} readOnly={!writes('urgentMatters')}
              onChange={(event) => change(index, { due: event.currentTarget.value })} />
            <ActionIcon variant="subtle" color="red" aria-label={t('handovers.removeMatter')} mb={4} disabled={!writes('urgentMatters')}
              onClick={() => setMatters((current) => current.filter((_, at) => at !== index))}>×</ActionIcon>
          </Group>
        ))}
        <Button variant="subtle" size="xs" w="fit-content" disabled={!writes('urgentMatters')}
          onClick={() => setMatters((current) => [...current, { text: '', due: '' }])}>{t('handovers.addMatter')}</Button>
      </Stack>
      {readOnly ? (
        // A completed handover is read by its successors (and kept as it was): nothing to save.
        <Group justify="flex-end"><Button variant="default" onClick={onDone}>{t('actions.close')}</Button></Group>
      ) : (
        <>
          <Checkbox label={t('handovers.markReviewed')} checked={reviewed} onChange={(event) => setReviewed(event.currentTarget.checked)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>{t('actions.cancel')}</Button>
            <Button loading={update.isPending} disabled={!complete} onClick={save}>{t('actions.save')}</Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
