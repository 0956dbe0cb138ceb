import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoadingBlock } from '../ui/index';
import type { RouteHandle } from './Layout';
import { Layout } from './Layout';
import { RequireAccess } from './RequireAccess';
import { APP_ROUTES, type AppRoute } from './routes';
import { NotFoundPage, RouteErrorPage } from './StatusPages';

function toRouteObject(route: AppRoute): RouteObject {
  const handle: RouteHandle = { titleKey: route.titleKey };
  return {
    path: route.path === '' ? '/' : route.path,
    handle,
    lazy: async () => {
      const Page = await route.load();
      return {
        Component: () => (
          <RequireAccess access={route.access}>
            <Page />
          </RequireAccess>
        ),
      };
    },
  };
}

/** The route objects: every APP_ROUTES entry inside the shell, plus "not found". */
export function buildRouteObjects(routes: readonly AppRoute[] = APP_ROUTES): RouteObject[] {
  const notFound: RouteHandle = { titleKey: 'common:notFound.title' };
  return [
    {
      element: <Layout />,
      errorElement: <RouteErrorPage />,
      HydrateFallback: () => <LoadingBlock />,
      children: [
        ...routes.map(toRouteObject),
        { path: '*', element: <NotFoundPage />, handle: notFound },
      ],
    },
  ];
}

/** The browser router for the app. */
export function createAppRouter() {
  return createBrowserRouter(buildRouteObjects());
}
