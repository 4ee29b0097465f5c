import type { ComponentType } from 'react';
import type { MockWireFormat } from '../../src/testing/formats/MockWireFormat';
import type { ContenderProps } from './ContenderProps';
import { HeadlessApp, VirtualApp } from './HeadlessApp';
import { FloorApp, PlainApp } from './PlainApp';
import type { RenderContender } from './RenderBenchApi';
import { StyledApp } from './StyledApp';
import { UseChatApp } from './UseChatApp';

/** One contender's page: its app, the wire format its client reads, and its stylesheet if any. */
export interface ContenderPage {
  App: ComponentType<ContenderProps>;
  format: MockWireFormat;
  /** Loaded before the mount, so that the mount measures rendering, not a stylesheet download. */
  stylesheet?: string;
}

/** The page of each contender. */
export const CONTENDER_PAGES: Record<RenderContender, ContenderPage> = {
  floor: { App: FloorApp, format: 'openai-chat' },
  plain: { App: PlainApp, format: 'openai-chat' },
  headless: { App: HeadlessApp, format: 'openai-chat' },
  virtual: { App: VirtualApp, format: 'openai-chat' },
  styled: { App: StyledApp, format: 'openai-chat', stylesheet: '/styles.css' },
  usechat: { App: UseChatApp, format: 'ai-sdk-ui' },
};
