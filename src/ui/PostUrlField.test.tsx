import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { praiseSnapshot, renderPanel } from '../testing/renderPanel';

const OTHER = 'https://x.com/someone_else/status/1859203847561029999';
const OWN = 'https://x.com/sarah_codes/status/1859203847561029999';

const shareDisabled = () => screen.getByTestId('share-button').hasAttribute('disabled');

async function changeUrlTo(text: string): Promise<HTMLElement> {
  await screen.findByTestId('suggestion');
  await userEvent.click(screen.getByTestId('change-url'));
  const input = await screen.findByTestId('tweet-url-input');
  await userEvent.clear(input);
  if (text) await userEvent.type(input, text);
  return input;
}

describe('the post URL field guards the share (issue 15, item 7)', () => {
  test("a pasted link to someone else's post says so, and Share waits until the advocate confirms it", async () => {
    renderPanel();
    await changeUrlTo(`${OTHER}{Enter}`);
    const warning = await screen.findByTestId('url-other-author');
    expect(warning.textContent).toContain('This link is by @someone_else, but the ticket is from @sarah_codes.');
    expect(shareDisabled()).toBe(true);
    expect(screen.getByTestId('share-blocked-reason').textContent).toBe("Confirm the post's link above: it is by someone other than the ticket's author.");

    await userEvent.click(screen.getByLabelText('It is the right post: share it anyway'));
    expect(shareDisabled()).toBe(false);
    expect(screen.queryByTestId('share-blocked-reason')).toBeNull();
  });

  test('a link by the ticket’s author needs no confirmation', async () => {
    renderPanel();
    await changeUrlTo(`${OWN}{Enter}`);
    expect((await screen.findByTestId('tweet-url')).getAttribute('href')).toBe(OWN);
    expect(screen.queryByTestId('url-other-author')).toBeNull();
    expect(shareDisabled()).toBe(false);
  });

  test('in Change mode an invalid entry turns Share off (it would share the old link); Escape brings it back', async () => {
    renderPanel({ snapshot: praiseSnapshot() });
    const input = await changeUrlTo('https://x.com/sarah_codes');
    expect(screen.getByRole('alert').textContent).toContain('That is not a link to a post');
    expect(shareDisabled()).toBe(true);
    expect(screen.getByTestId('share-blocked-reason').textContent).toBe("Fix the post's link above, or press Escape to keep the one before.");

    await userEvent.clear(input);
    expect(shareDisabled()).toBe(true);

    await userEvent.type(input, '{Escape}');
    expect((await screen.findByTestId('tweet-url')).getAttribute('href')).toBe('https://x.com/sarah_codes/status/1859203847561029632');
    expect(shareDisabled()).toBe(false);
  });
});
