import { Center, Loader } from '@mantine/core';

/** While a page's code or data is on its way. */
export function PageLoader() {
  return <Center p="xl"><Loader /></Center>;
}
