/// <reference lib="dom" />
/**
 * The token and purpose fields in GraphiQL's header row, and the one-line
 * status beside them that replaces GraphiQL's raw "Error fetching schema"
 * when the hub wants a token. Rendered inside GraphiQL (as its logo slot),
 * so it reads the schema state from GraphiQL's store.
 */
import { CloseIcon, Tooltip, UnStyledButton, useGraphiQL } from '@graphiql/react';
import { createElement as h, useEffect, useState } from 'react';
import { credentialProblem, purposeProblem, tokenProblem, type Credentials } from './credentials.js';
import type { SchemaAnswer } from './fetcher.js';
import './auth-bar.css';

export interface AuthBarProps {
  credentials: Credentials;
  /** How the latest schema request ended; null before the first answer. */
  schemaAnswer: SchemaAnswer | null;
  onTokenChange(token: string): void;
  onPurposeChange(purpose: string): void;
}

interface Status {
  tone: 'info' | 'warning' | 'error';
  text: string;
  /** Vietnamese, shown as the tooltip. */
  hint?: string;
}

/** The schema request was refused for want of a (valid) token. */
function isUnauthenticated(answer: SchemaAnswer | null): boolean {
  return answer?.outcome === 'unauthenticated';
}

/** Class for GraphiQL's container, which restyles its docs pane while the schema waits for a token. */
export function containerClass(answer: SchemaAnswer | null): string | undefined {
  if (!isUnauthenticated(answer)) return undefined;
  return answer?.withToken ? 'ioc-hub-token-refused' : 'ioc-hub-needs-token';
}

function statusOf(credentials: Credentials, answer: SchemaAnswer | null, isIntrospecting: boolean): Status | null {
  const problem = credentialProblem(credentials);
  if (problem) return { tone: 'error', text: problem };
  const unauthenticated = isUnauthenticated(answer);
  const failed = answer?.outcome === 'failed';
  // Said only in place of a problem, so a routine refetch does not make the bar flicker.
  if (isIntrospecting && (unauthenticated || failed)) return { tone: 'info', text: 'Loading schema…', hint: 'Đang tải lược đồ…' };
  if (unauthenticated) {
    return answer?.withToken
      ? { tone: 'error', text: 'Token refused: paste a valid API key or token', hint: 'Mã truy cập không hợp lệ hoặc đã hết hạn' }
      : { tone: 'warning', text: 'Paste an API key or token to load the schema', hint: 'Dán khóa API hoặc token để tải lược đồ' };
  }
  if (failed) return { tone: 'error', text: 'The schema did not load: see the response pane', hint: 'Không tải được lược đồ' };
  return null;
}

type InputEvent = { currentTarget: HTMLInputElement };

export function AuthBar(props: AuthBarProps) {
  const { credentials, schemaAnswer, onTokenChange, onPurposeChange } = props;
  const [revealed, setRevealed] = useState(false);
  const { isIntrospecting, fetchError, responseEditor } = useGraphiQL((state) => ({
    isIntrospecting: state.isIntrospecting,
    fetchError: state.fetchError,
    responseEditor: state.responseEditor,
  }));
  const unauthenticated = isUnauthenticated(schemaAnswer);

  // GraphiQL writes a failed schema fetch into the response pane; the bar
  // says it better. Deferred so GraphiQL's own effect has written it first,
  // and only while the pane still shows that text.
  useEffect(() => {
    if (!unauthenticated || !fetchError || !responseEditor) return;
    const timer = setTimeout(() => {
      if (responseEditor.getValue() === fetchError) responseEditor.setValue('');
    });
    return () => clearTimeout(timer);
  }, [unauthenticated, fetchError, responseEditor]);

  const status = statusOf(credentials, schemaAnswer, isIntrospecting);
  const hasToken = credentials.token !== '';
  const tokenInvalid = tokenProblem(credentials.token) !== null || (unauthenticated && schemaAnswer?.withToken === true);

  return h(
    'div',
    { className: 'ioc-hub-auth', role: 'group', 'aria-label': 'Credentials' },
    h(
      'span',
      {
        className: 'ioc-hub-auth-status',
        role: 'status',
        'data-tone': status?.tone,
        title: status?.hint,
      },
      status?.text ?? '',
    ),
    h(
      'div',
      { className: 'ioc-hub-auth-field ioc-hub-auth-token' },
      h('label', { htmlFor: 'ioc-hub-token' }, 'Token'),
      h('input', {
        id: 'ioc-hub-token',
        type: revealed ? 'text' : 'password',
        value: credentials.token,
        placeholder: 'API key (ioc_…) or JWT',
        title: 'Sent as "Authorization: Bearer …" with every request; kept in this tab only.\nGửi kèm mọi yêu cầu, chỉ lưu trong tab này.',
        autoComplete: 'off',
        spellCheck: false,
        autoCapitalize: 'off',
        'aria-invalid': tokenInvalid || undefined,
        onChange: (event: InputEvent) => onTokenChange(event.currentTarget.value),
      }),
      h(
        Tooltip,
        { label: revealed ? 'Hide token · Ẩn' : 'Show token · Hiện' },
        h(
          UnStyledButton,
          {
            type: 'button',
            className: 'ioc-hub-auth-button',
            'aria-controls': 'ioc-hub-token',
            'aria-label': revealed ? 'Hide token' : 'Show token',
            disabled: !hasToken,
            onClick: () => setRevealed(!revealed),
          },
          revealed ? 'Hide' : 'Show',
        ),
      ),
      h(
        Tooltip,
        { label: 'Clear token · Xóa' },
        h(
          UnStyledButton,
          {
            type: 'button',
            className: 'ioc-hub-auth-button',
            'aria-label': 'Clear token',
            disabled: !hasToken,
            onClick: () => {
              onTokenChange('');
              setRevealed(false);
              document.getElementById('ioc-hub-token')?.focus();
            },
          },
          h(CloseIcon, { 'aria-hidden': 'true' }),
        ),
      ),
    ),
    h(
      'div',
      { className: 'ioc-hub-auth-field ioc-hub-auth-purpose' },
      h('label', { htmlFor: 'ioc-hub-purpose' }, 'Purpose'),
      h('input', {
        id: 'ioc-hub-purpose',
        type: 'text',
        value: credentials.purpose,
        placeholder: 'Case no. · số hồ sơ',
        title: 'Sent as "X-Purpose"; needed to read personal data.\nMục đích truy cập dữ liệu cá nhân: số hồ sơ, vụ việc.',
        autoComplete: 'off',
        spellCheck: false,
        'aria-invalid': purposeProblem(credentials.purpose) !== null || undefined,
        onChange: (event: InputEvent) => onPurposeChange(event.currentTarget.value),
      }),
    ),
  );
}
