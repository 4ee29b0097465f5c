import { render, screen } from '@testing-library/react';
import { useId, useState, version } from 'react';
import { version as domVersion } from 'react-dom';
import { renderToString } from 'react-dom/server';
import { expect, inject, it } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The React major this Vitest project is meant to run: '19' in `dom`, '18' in `react18`. */
    reactMajor: string;
  }
}

function Probe() {
  const [count] = useState(1);
  return <output id={useId()}>{`${version} ${count}`}</output>;
}

it('runs the React this project is configured for, one copy of it, in react, react-dom and Testing Library', () => {
  const major = inject('reactMajor');
  expect(version.split('.')[0]).toBe(major);
  expect(domVersion).toBe(version);
  expect(renderToString(<Probe />)).toContain(`${version} 1`);
  // A second React copy behind Testing Library would make the hook call throw "Invalid hook call".
  render(<Probe />);
  expect(screen.getByRole('status').textContent).toBe(`${version} 1`);
});
