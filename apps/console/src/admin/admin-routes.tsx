import { lazy, Suspense } from "react";
import { Navigate, Route, Routes } from "react-router";
import { PartnersPage } from "./partners-page";
import { PlansPage } from "./plans-page";
import { UpgradeRequestsPage } from "./upgrade-requests-page";
import { UsersPage } from "./users-page";

// Pages with charts load their own chunk on top of this one.
const PartnerDetailPage = lazy(() => import("./partner-detail-page"));
const UserDetailPage = lazy(() => import("./user-detail-page"));
const DashboardPage = lazy(() => import("./dashboard-page"));
const loading = <p role="status">Loading…</p>;

/** Admin pages, one lazily loaded chunk (most users never open them). */
export default function AdminRoutes() {
  return (
    <Routes>
      <Route index element={<Suspense fallback={loading}><DashboardPage /></Suspense>} />
      <Route path="plans" element={<PlansPage />} />
      <Route path="partners" element={<PartnersPage />} />
      <Route path="partners/:partnerId" element={<Suspense fallback={loading}><PartnerDetailPage /></Suspense>} />
      <Route path="users" element={<UsersPage />} />
      <Route path="users/:username" element={<Suspense fallback={loading}><UserDetailPage /></Suspense>} />
      <Route path="upgrade-requests" element={<UpgradeRequestsPage />} />
      {/* The developer docs moved out of the admin pages: they are public now. */}
      <Route path="developers" element={<Navigate to="/developers" replace />} />
      <Route path="*" element={<p role="alert">No such admin page.</p>} />
    </Routes>
  );
}
